using SccSite.BrowserTests.Gates;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Tests;

/// <summary>
/// The root pages' script (assets/js/root.*.js, no inline script): the chooser sends a browser to its
/// own language's home and stays a chooser for other languages; the root 404, which a static host such
/// as GitHub Pages serves for every missing URL, sends a lost reader to their language's 404 page.
/// Neither breaks the Content-Security-Policy.
/// </summary>
public sealed class RootPageTests(RealSiteAudit audit, Chromium chromium)
{
    [Theory]
    [InlineData("en-US", "en/")]
    [InlineData("ru-RU", "ru/")]
    [InlineData("zh-CN", "zh/")]
    [InlineData("kk-KZ", "kk/")]
    [InlineData("fr-FR", "")]
    public async Task Root_follows_the_browser_language(string locale, string expectedPath)
    {
        await using var context = await chromium.NewContextAsync(locale);
        var page = await context.NewPageAsync();
        using var watch = await PageWatch.StartAsync(page);
        await page.GotoAsync(audit.Site.Url);
        if (expectedPath.Length > 0) await page.WaitForURLAsync(audit.Site.Url + expectedPath);
        Assert.Equal(audit.Site.Url + expectedPath, page.Url);
        Assert.Empty(watch.Drain().Csp);
    }

    [Theory]
    [InlineData("fr-FR", "ru/no-such-page/", "ru/404.html")]
    [InlineData("fr-FR", "zh/events/no-such-event", "zh/404.html")]
    [InlineData("kk-KZ", "no-such-page/", "kk/404.html")]
    [InlineData("fr-FR", "no-such-page/", "no-such-page/")]
    public async Task The_root_404_sends_a_lost_reader_to_their_languages_404(string locale, string missing, string expectedPath)
    {
        await using var context = await chromium.NewContextAsync(locale);
        var page = await context.NewPageAsync();
        using var watch = await PageWatch.StartAsync(page);
        // The test server answers with the language's own 404 page; a static host answers with the root one, as here.
        var rootNotFound = await File.ReadAllTextAsync(audit.Site.Page("404.html").File);
        await page.RouteAsync(audit.Site.Url + missing, route => route.FulfillAsync(new() { Status = 404, ContentType = "text/html; charset=utf-8", Body = rootNotFound }));
        await page.GotoAsync(audit.Site.Url + missing);
        if (expectedPath != missing) await page.WaitForURLAsync(audit.Site.Url + expectedPath);
        else Assert.Equal(audit.Site.HtmlLangOf(audit.Site.Page("404.html")), await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal(audit.Site.Url + expectedPath, page.Url);
        Assert.Empty(watch.Drain().Csp);
    }
}
