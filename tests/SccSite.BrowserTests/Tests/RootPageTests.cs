using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Tests;

/// <summary>The root page sends a browser to its own language's home, and stays a chooser for other languages.</summary>
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
        await page.GotoAsync(audit.Site.Url);
        if (expectedPath.Length > 0) await page.WaitForURLAsync(audit.Site.Url + expectedPath);
        Assert.Equal(audit.Site.Url + expectedPath, page.Url);
    }
}
