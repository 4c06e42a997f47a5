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

        foreach (var odd in new[] { "en/initiatives/x", "en/about/x", "%00", "en/about/index.html/x", "a%ZZb", ".sccsite-staging/x" })
        {
            var response = await http.GetAsync(server.Url + odd, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{odd}: {response.StatusCode}");
        }
    }

}
