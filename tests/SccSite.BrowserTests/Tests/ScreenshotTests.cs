using Microsoft.Playwright;
using SccSite.BrowserTests.Gates;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Tests;

/// <summary>
/// Full-page screenshots of home and one page of each kind, per language, at 360 and 1280 px, for a
/// person to look at. Written to TestResults/screenshots beside the test binary (not committed).
/// </summary>
public sealed class ScreenshotTests(RealSiteAudit audit, ClassContext browser, Chromium chromium)
    : IClassFixture<ClassContext>
{
    private static readonly Dictionary<string, string> SearchWords = new()
    {
        ["en"] = "Astana",
        ["ru"] = "Астана",
        ["zh"] = "阿斯塔纳",
        ["kk"] = "Астана",
    };

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("zh")]
    [InlineData("kk")]
    public async Task Screenshots_of_each_kind(string language)
    {
        Directory.CreateDirectory(Folder);
        var page = await browser.NewPageAsync(chromium);
        var written = new List<string>();
        try
        {
            foreach (var label in PageKinds.ScreenshotLabels)
            {
                var target = PageKinds.Find(audit.Site, language, label);
                foreach (var (width, height) in new[] { (LayoutGate.NarrowWidth, LayoutGate.NarrowHeight), (LayoutGate.WideWidth, LayoutGate.WideHeight) })
                {
                    await page.SetViewportSizeAsync(width, height);
                    if (label == "search")
                    {
                        // The search page with results, as the header form sends a reader there.
                        await page.GotoAsync(target.Url + "?q=" + Uri.EscapeDataString(SearchWords[language]));
                        await page.WaitForSelectorAsync(".pagefind-ui__result, .pagefind-ui__message", new() { Timeout = 10_000 });
                        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                    }
                    else await page.GotoAsync(target.Url);
                    var file = Path.Combine(Folder, $"{language}-{label.Replace(' ', '-')}-{width}.png");
                    await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                    written.Add(file);
                }
            }
        }
        finally
        {
            await page.CloseAsync();
        }
        foreach (var file in written) Assert.True(new FileInfo(file).Length > 5_000, $"{file} looks empty.");
        TestContext.Current.TestOutputHelper?.WriteLine($"{written.Count} screenshots of {language} in {Folder}");
        TestContext.Current.SendDiagnosticMessage($"Screenshots: {Folder}");
    }
}
