using SccSite.BrowserTests.Gates;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Tests;

/// <summary>
/// The quality gate on every page of every language of the real site (plus the root chooser),
/// in a real Chromium. One sweep loads each page once; each test asserts one gate of it.
/// </summary>
public sealed class RealSiteGateTests(RealSiteAudit audit, Chromium chromium)
{
    private Task<SweepReport> Report => audit.ReportAsync(chromium);

    [Fact]
    public async Task The_sweep_visits_every_page_of_every_language()
    {
        var report = await Report;
        report.Assert(SweepReport.Unchecked);
        var site = audit.Site;
        Assert.Equal(PageFiles(site.Output), report.Pages);
        Assert.Contains(site.Pages, p => p.Path == "");
        foreach (var language in site.Config.Languages)
            Assert.True(site.Pages.Count(p => p.Language == language.Code) > 1, $"Only a home page was found for {language.Code}.");
    }

    /// <summary>How many pages the output has: every index.html and 404.html.</summary>
    public static int PageFiles(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) is "index.html" or "404.html");

    [Fact]
    public async Task Axe_finds_no_wcag_violations() => (await Report).Assert(SweepReport.Axe);

    [Fact]
    public async Task No_page_logs_a_console_error() => (await Report).Assert(SweepReport.Console);

    [Fact]
    public async Task No_request_fails() => (await Report).Assert(SweepReport.Network);

    [Fact]
    public async Task Every_internal_link_and_anchor_resolves() => (await Report).Assert(SweepReport.Links);

    [Fact]
    public async Task Html_lang_matches_the_language_folder()
    {
        // The expected tags, independent of site.yml: Chinese is written in simplified script.
        var expected = new Dictionary<string, string> { ["en"] = "en", ["ru"] = "ru", ["zh"] = "zh-Hans", ["kk"] = "kk" };
        foreach (var (code, lang) in expected) Assert.Equal(lang, audit.Site.Config.Language(code).HtmlLang);
        (await Report).Assert(SweepReport.Lang);
    }

    [Fact]
    public async Task The_language_switcher_leads_to_the_translation_and_back() => (await Report).Assert(SweepReport.Switcher);

    [Fact]
    public async Task No_horizontal_scroll_or_overlapping_boxes_at_360_px() => (await Report).Assert(SweepReport.Narrow);

    [Fact]
    public async Task Listings_use_the_width_at_1280_px() => (await Report).Assert(SweepReport.Wide);

    [Fact]
    public async Task Chinese_text_is_drawn_with_a_cjk_font() => (await Report).Assert(SweepReport.CjkFont);

    [Fact]
    public async Task Every_page_is_painted_as_its_styles_ask_at_360_and_1280_px() => (await Report).Assert(SweepReport.Paint);

    [Fact]
    public async Task Screenshots_of_the_root_and_each_page_kind_in_each_language_are_saved()
    {
        await Report;
        var folder = RealSiteAudit.ScreenshotFolder;
        var expected = new List<string> { "root" };
        foreach (var language in audit.Site.Config.Languages)
            expected.AddRange(PageKinds.ScreenshotLabels.Select(label => $"{language.Code}-{label.Replace(' ', '-')}"));
        foreach (var name in expected)
            foreach (var (width, height) in new[] { (LayoutGate.WideWidth, LayoutGate.WideHeight), (LayoutGate.NarrowWidth, LayoutGate.NarrowHeight) })
            {
                var file = Path.Combine(folder, $"{name}-{width}.png");
                Assert.True(File.Exists(file), $"{file} was not written");
                var png = BigGustave.Png.Open(File.ReadAllBytes(file));
                Assert.Equal((width, height), (png.Width, png.Height));
            }
        TestContext.Current.TestOutputHelper?.WriteLine($"{expected.Count * 2} screenshots in {folder}");
        TestContext.Current.SendDiagnosticMessage($"Screenshots: {folder}");
    }

    [Fact]
    public async Task Every_page_carries_a_csp_that_allows_only_the_sites_own_scripts_and_styles() => (await Report).Assert(SweepReport.CspPolicy);

    [Fact]
    public async Task No_page_breaks_its_csp() => (await Report).Assert(SweepReport.CspViolations);
}
