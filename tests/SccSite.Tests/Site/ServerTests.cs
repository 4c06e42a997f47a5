using System.Net;
using SccSite.Cli;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>The local server used by the preview and the browser tests, and the preview's live reload.</summary>
public class ServerTests
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData("https://example.org/sco/", "/sco/")]
    public async Task Serves_pretty_urls_and_the_language_404_page(string? baseUrl, string basePath)
    {
        using var site = TempSite.Fixture();
        Assert.True(site.Build(baseUrl).Succeeded);
        await using var server = await SiteServer.StartAsync(site.Output, basePath);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        var home = await http.GetAsync(server.Url + "ru/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Главная фикстуры", await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var css = await http.GetAsync(server.Url + "assets/favicon.svg", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);

        var missing = await http.GetAsync(server.Url + "kk/no-such-page/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<html lang=\"kk\"", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var noSlash = await http.GetAsync(server.Url + "en/about", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, noSlash.StatusCode);
        Assert.Equal(basePath + "en/about/", noSlash.Headers.Location!.OriginalString);

        var escape = await http.GetAsync(server.Url + "..%2f..%2fetc%2fpasswd", TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.OK, escape.StatusCode);
    }

    [Fact]
    public async Task Preview_rebuilds_on_save_and_tells_open_pages_to_reload()
    {
        using var site = TempSite.Fixture();
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var port = FreePort();
        var preview = PreviewServer.RunAsync(site.Options(), port, TextWriter.Synchronized(output), TextWriter.Synchronized(new StringWriter()), stop.Token);
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var page = await Retry(() => http.GetStringAsync($"http://127.0.0.1:{port}/en/about/", TestContext.Current.CancellationToken));
            Assert.Contains(PreviewServer.ReloadPath, page);

            using var events = await http.GetStreamAsync($"http://127.0.0.1:{port}{PreviewServer.ReloadPath}", TestContext.Current.CancellationToken);
            using var reader = new StreamReader(events);
            Assert.Equal(": connected", await reader.ReadLineAsync(TestContext.Current.CancellationToken));
            site.Edit("input/en/about.md", s => s.Replace("A plain page.", "A plain page, edited."));
            var line = await ReadEventAsync(reader, TimeSpan.FromSeconds(20));
            Assert.Equal("data: reload", line);
            Assert.Contains("A plain page, edited.", await http.GetStringAsync($"http://127.0.0.1:{port}/en/about/", TestContext.Current.CancellationToken));
        }
        finally
        {
            await stop.CancelAsync();
            await preview.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        }
    }

    private static async Task<string?> ReadEventAsync(StreamReader reader, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var line = await reader.ReadLineAsync(cancel.Token);
            if (line is null || line.StartsWith("data:", StringComparison.Ordinal)) return line;
        }
    }

    private static async Task<T> Retry<T>(Func<Task<T>> action)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await action();
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
