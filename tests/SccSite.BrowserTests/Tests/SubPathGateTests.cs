using SccSite.BrowserTests.Gates;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Tests;

/// <summary>
/// The real site built for http://127.0.0.1/sco/ and served under /sco/: every link, anchor,
/// stylesheet and switcher entry must keep the base path (a link to /en/ would leave the site).
/// </summary>
public sealed class SubPathGateTests(SubPathSiteAudit audit, Chromium chromium)
{
    private Task<SweepReport> Report => audit.ReportAsync(chromium);

    [Fact]
    public async Task The_site_is_served_under_the_sub_path()
    {
        Assert.Equal("/sco/", audit.Site.BasePath);
        Assert.EndsWith("/sco/", audit.Site.Url, StringComparison.Ordinal);
        var report = await Report;
        report.Assert(SweepReport.Unchecked);
        Assert.Equal(RealSiteGateTests.PageFiles(audit.Site.Output), report.Pages);
    }

    [Fact]
    public async Task Every_internal_link_and_anchor_resolves_under_the_sub_path() => (await Report).Assert(SweepReport.Links);

    [Fact]
    public async Task No_request_fails_under_the_sub_path() => (await Report).Assert(SweepReport.Network);

    [Fact]
    public async Task No_console_error_under_the_sub_path() => (await Report).Assert(SweepReport.Console);

    [Fact]
    public async Task Html_lang_matches_under_the_sub_path() => (await Report).Assert(SweepReport.Lang);

    [Fact]
    public async Task The_language_switcher_round_trips_under_the_sub_path() => (await Report).Assert(SweepReport.Switcher);

    [Fact]
    public async Task Every_page_carries_a_strict_csp_under_the_sub_path() => (await Report).Assert(SweepReport.CspPolicy);

    [Fact]
    public async Task No_page_breaks_its_csp_under_the_sub_path() => (await Report).Assert(SweepReport.CspViolations);
}
