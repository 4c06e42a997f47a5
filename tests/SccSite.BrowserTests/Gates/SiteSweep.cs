using System.Diagnostics;
using Microsoft.Playwright;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Gates;

/// <summary>Which per-page gates a sweep runs (links, lang, switcher, console and network always run).</summary>
public sealed record SweepOptions(bool Axe = true, bool Layout = true, bool CjkFont = true)
{
    public static SweepOptions All { get; } = new();
    public static SweepOptions LinksOnly { get; } = new(Axe: false, Layout: false, CjkFont: false);
}

/// <summary>What a sweep found, per gate.</summary>
public sealed class SweepReport
{
    public const string Axe = "axe (WCAG 2.2 AA)";
    public const string Console = "console errors";
    public const string Network = "failed network requests";
    public const string Links = "internal links and anchors";
    public const string Lang = "html lang";
    public const string Switcher = "language switcher";
    public const string Narrow = "layout at 360×740";
    public const string Wide = "layout at 1280";
    public const string CjkFont = "CJK font";
    public const string Unchecked = "pages that could not be checked";

    private readonly Dictionary<string, List<GateProblem>> _problems = [];

    public int Pages { get; set; }
    public TimeSpan Elapsed { get; set; }
    public IReadOnlyList<string> AxeRules { get; set; } = [];

    public IReadOnlyList<GateProblem> this[string gate] => _problems.TryGetValue(gate, out var list) ? list : [];

    public void Add(string gate, SitePage page, string message) => Add(gate, new GateProblem(page.ToString(), message));

    public void Add(string gate, GateProblem problem)
    {
        if (!_problems.TryGetValue(gate, out var list)) _problems[gate] = list = [];
        list.Add(problem);
    }

    public void Assert(string gate) => GateAssert.Clean(gate, this[gate]);
}

/// <summary>
/// Visits every page of a served site once, in sequence, on one page of one browser context,
/// and runs each per-page gate on it; the link and switcher gates are judged after all pages are seen.
/// </summary>
public static class SiteSweep
{
    public static async Task<SweepReport> RunAsync(IBrowserContext context, ServedSite site, SweepOptions options)
    {
        var clock = Stopwatch.StartNew();
        var report = new SweepReport();
        var links = new LinkGate(site);
        var switcher = new SwitcherGate(site);
        var page = await context.NewPageAsync();
        using var watch = new PageWatch(page);
        var cdp = options.CjkFont ? await context.NewCDPSessionAsync(page) : null;
        foreach (var sitePage in site.Pages)
        {
            if (sitePage.RedirectTo is { } redirect)
            {
                // An alias stub sends readers on at once: only where it sends them is checked.
                if (links.CheckUrl(redirect) is { } broken) report.Add(SweepReport.Links, sitePage, "alias redirect: " + broken);
                report.Pages++;
                continue;
            }
            try
            {
                await CheckPageAsync(page, cdp, sitePage, site, options, report, links, switcher);
            }
            catch (PlaywrightException e)
            {
                // One page that hangs or crashes must not hide what the other pages show.
                report.Add(SweepReport.Unchecked, sitePage, e.Message.Split('\n')[0]);
            }
            var (console, network) = watch.Drain();
            foreach (var message in console) report.Add(SweepReport.Console, sitePage, message);
            foreach (var message in network) report.Add(SweepReport.Network, sitePage, message);
            report.Pages++;
        }
        foreach (var problem in switcher.Check()) report.Add(SweepReport.Switcher, problem);
        if (cdp is not null) await cdp.DetachAsync();
        await page.CloseAsync();
        report.Elapsed = clock.Elapsed;
        return report;
    }

    private static async Task CheckPageAsync(IPage page, ICDPSession? cdp, SitePage sitePage, ServedSite site, SweepOptions options,
        SweepReport report, LinkGate links, SwitcherGate switcher)
    {
        var response = await page.GotoAsync(sitePage.Url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is null || response.Status != 200) report.Add(SweepReport.Network, sitePage, $"the page answered {response?.Status}");
        if (page.Url != sitePage.Url) report.Add(SweepReport.Network, sitePage, $"the page redirected to {page.Url}");

        if (await LangGate.CheckAsync(page, site.HtmlLangOf(sitePage)) is { } langProblem) report.Add(SweepReport.Lang, sitePage, langProblem);
        foreach (var problem in links.Check(await LinkGate.CollectAsync(page))) report.Add(SweepReport.Links, sitePage, problem);
        switcher.Record(sitePage, await SwitcherGate.CollectAsync(page));

        if (options.Axe)
            foreach (var violation in await AxeGate.CheckAsync(page)) report.Add(SweepReport.Axe, sitePage, violation.Message);
        if (cdp is not null && sitePage.Language == "zh")
            foreach (var selector in new[] { "h1", "main p" })
                if (await CjkFontGate.CheckAsync(cdp, selector) is { } fontProblem) report.Add(SweepReport.CjkFont, sitePage, fontProblem);
        if (options.Layout)
        {
            if (sitePage.Language is not null)
                foreach (var problem in await LayoutGate.CheckWideAsync(page)) report.Add(SweepReport.Wide, sitePage, problem);
            foreach (var problem in await LayoutGate.CheckNarrowAsync(page)) report.Add(SweepReport.Narrow, sitePage, problem);
        }
    }
}
