using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using SccSite.Cli;
using SccSite.Cli.Preview;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Cli;

/// <summary>The preview over real HTTP: incremental rebuilds, reloads of changed pages only, errors in the browser, a busy port.</summary>
public sealed class PreviewTests : IAsyncDisposable
{
    private readonly TempSite _site = TempSite.Fixture();
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _out = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };
    private Task<int>? _preview;
    private int _port;

    private string Url(string path) => $"http://127.0.0.1:{_port}/{path}";

    private async Task StartAsync()
    {
        _port = FreePort();
        _preview = PreviewServer.RunAsync(_site.Options(), _port, search: false, TextWriter.Synchronized(_out), TextWriter.Synchronized(new StringWriter()), _stop.Token);
        await Retry(() => _http.GetStringAsync(Url("__sccsite/live.js"), TestContext.Current.CancellationToken));
        // The first build is done when the preview says where it is.
        for (var i = 0; i < 600 && !_out.ToString().Contains("Preview: ", StringComparison.Ordinal); i++) await Task.Delay(50, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_preview is not null) await _preview.WaitAsync(TimeSpan.FromSeconds(20));
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task A_save_rebuilds_the_page_and_tells_only_that_page_to_reload()
    {
        await StartAsync();
        var page = await _http.GetStringAsync(Url("en/about/"), TestContext.Current.CancellationToken);
        Assert.Contains($"<script src=\"{LiveReload.ScriptPath}\" data-events=\"{LiveReload.EventsPath}\"></script></body>", page);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://127.0.0.1:{_port}/en/about/\">", page); // the preview's own address, not production's

        using var events = await Events();
        _site.Edit("input/en/about.md", s => s.Replace("A plain page.", "A plain page, edited.", StringComparison.Ordinal));
        var message = await NextAsync(events);
        Assert.Equal("ok", message.GetProperty("type").GetString());
        var changed = message.GetProperty("changed").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("/en/about/", changed);
        Assert.DoesNotContain("/en/", changed); // a reader on the home page is not disturbed
        Assert.Contains("A plain page, edited.", await _http.GetStringAsync(Url("en/about/"), TestContext.Current.CancellationToken));
        Assert.Matches(@"\[\d\d:\d\d:\d\d\] input/en/about\.md changed: rebuilt \d+ pages?.* \(\d+ ms\)", _out.ToString());
    }

    [Fact]
    public async Task A_broken_page_shows_its_errors_and_a_fix_clears_them()
    {
        await StartAsync();
        using var events = await Events();
        var original = File.ReadAllText(Path.Combine(_site.Input, "en", "about.md"));
        _site.Write("input/en/about.md", original.Replace("description: A plain page.", "description: [unclosed", StringComparison.Ordinal));
        var failed = await NextAsync(events);
        Assert.Equal("errors", failed.GetProperty("type").GetString());
        var error = failed.GetProperty("errors")[0];
        Assert.Equal("input/en/about.md", error.GetProperty("file").GetString());
        Assert.True(error.GetProperty("line").GetInt32() >= 3);

        // A page opened now still gets the errors at once.
        using (var late = await Events())
            Assert.Equal("errors", (await NextAsync(late)).GetProperty("type").GetString());

        _site.Write("input/en/about.md", original);
        Assert.Equal("ok", (await NextAsync(events)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Every_page_served_carries_the_hook_the_404_too_and_urls_without_a_slash_redirect()
    {
        await StartAsync();
        var missing = await _http.GetAsync(Url("en/no-such-page/"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("data-not-found", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var noSlash = await _http.GetAsync(Url("en/initiatives/one"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, noSlash.StatusCode);
        Assert.Equal("/en/initiatives/one/", noSlash.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(Url("en/initiatives/x"), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task If_the_first_build_fails_every_url_still_carries_the_hook_and_the_errors()
    {
        _site.Edit("input/en/index.md", s => s.Replace("title:", "titel:", StringComparison.Ordinal));
        await StartAsync();
        var response = await _http.GetAsync(Url("en/"), TestContext.Current.CancellationToken);
        Assert.Contains(LiveReload.ScriptPath, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var events = await Events();
        var errors = await NextAsync(events);
        Assert.Equal("errors", errors.GetProperty("type").GetString());
        Assert.Contains(errors.GetProperty("errors").EnumerateArray(), e => e.GetProperty("file").GetString() == "input/en/index.md");
    }

    [Fact]
    public async Task A_busy_port_is_one_line_before_any_build()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        var result = await CliRunner.RunAsync("preview", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--input", _site.Input, "--output", _site.Output, "--theme", _site.Theme);
        Assert.Equal(CommandLine.SiteErrors, result.ExitCode);
        Assert.Equal($"error: port {port} is already in use on 127.0.0.1. Stop what uses it, or choose another port with --port N.", result.Error.Trim());
        Assert.False(Directory.Exists(_site.Output)); // no build ran
    }

    [Fact]
    public async Task A_burst_of_saves_gives_one_rebuild_and_one_reload()
    {
        await StartAsync();
        using var events = await Events();
        for (var i = 0; i < 4; i++)
        {
            _site.Edit("input/en/index.md", s => s + $"\nSave {i}.\n");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
        Assert.Equal("ok", (await NextAsync(events)).GetProperty("type").GetString());
        Assert.Contains("Save 3.", await _http.GetStringAsync(Url("en/"), TestContext.Current.CancellationToken));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => NextAsync(events, TimeSpan.FromSeconds(2)));
    }

    private async Task<StreamReader> Events()
    {
        var stream = await _http.GetStreamAsync(Url("__sccsite/events"), TestContext.Current.CancellationToken);
        var reader = new StreamReader(stream);
        Assert.Equal(": connected", await reader.ReadLineAsync(TestContext.Current.CancellationToken));
        return reader;
    }

    private static async Task<JsonElement> NextAsync(StreamReader reader, TimeSpan? timeout = null)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var line = await reader.ReadLineAsync(cancel.Token) ?? throw new InvalidOperationException("The event stream ended.");
            if (line.StartsWith("data: ", StringComparison.Ordinal)) return JsonDocument.Parse(line[6..]).RootElement.Clone();
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
            catch (HttpRequestException) when (attempt < 200)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
