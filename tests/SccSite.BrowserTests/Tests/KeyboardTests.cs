using SccSite.BrowserTests.Gates;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Tests;

/// <summary>Keyboard use of one page of each kind, in English (Latin) and Chinese (CJK), plus the root chooser.</summary>
public sealed class KeyboardTests(RealSiteAudit audit, ClassContext browser, Chromium chromium)
    : IClassFixture<ClassContext>
{
    public static TheoryData<string, string> Kinds()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "zh" })
            foreach (var label in PageKinds.Labels) data.Add(language, label);
        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Skip_link_then_every_control_with_a_visible_focus_indicator(string language, string kind)
    {
        var page = await browser.NewPageAsync(chromium);
        try
        {
            var target = PageKinds.Find(audit.Site, language, kind);
            var problems = await KeyboardGate.CheckAsync(page, target.Url);
            GateAssert.Clean($"keyboard on {target}", [.. problems.Select(p => new GateProblem(target.ToString(), p))]);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Root_chooser_links_are_reachable_with_a_visible_focus_indicator()
    {
        var page = await browser.NewPageAsync(chromium);
        try
        {
            var root = audit.Site.Page("");
            var problems = await KeyboardGate.CheckAsync(page, root.Url, expectSkipLink: false);
            GateAssert.Clean("keyboard on the root chooser", [.. problems.Select(p => new GateProblem("/", p))]);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
