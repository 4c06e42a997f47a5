using System.Diagnostics;
using Microsoft.Playwright;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Gates;

/// <summary>
/// Which per-page gates a sweep runs (links, lang, switcher, console, network and CSP always run), and
/// where the window screenshots of the representative pages (<see cref="PageKinds"/>) go. The paint
/// gate runs on those pages, so only when <see cref="Screenshots"/> is set.
/// </summary>
public sealed record SweepOptions(bool Axe = true, bool Layout = true, bool CjkFont = true, bool Paint = true, string? Screenshots = null)
{
    /// <summary>Which pages to visit; all when null (negative proofs visit only the pages they break).</summary>
    public Func<SitePage, bool>? Only { get; init; }

    public static SweepOptions All { get; } = new();
    public static SweepOptions LinksOnly { get; } = new(Axe: false, Layout: false, CjkFont: false, Paint: false);
}

/// <summary>What a sweep found, per gate. Workers add to it side by side.</summary>
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
    public const string Paint = "painted as styled";
    public const string CspPolicy = "Content-Security-Policy meta";
    public const string CspViolations = "Content-Security-Policy violations";
    public const string Unchecked = "pages that could not be checked";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<GateProblem>> _problems = [];
    private readonly Dictionary<string, TimeSpan> _stages = [];
    private int _pages;

    public int Pages => _pages;
    public TimeSpan Elapsed { get; set; }
    public int Workers { get; set; }

    /// <summary>A gate's problems, ordered by page, whatever order the workers found them in.</summary>
    public IReadOnlyList<GateProblem> this[string gate]
    {
        get
        {
            lock (_lock) return _problems.TryGetValue(gate, out var list) ? [.. list.OrderBy(p => p.Page, StringComparer.Ordinal)] : [];
        }
    }

    public void Add(string gate, SitePage page, string message) => Add(gate, new GateProblem(page.ToString(), message));

    public void Add(string gate, GateProblem problem)
    {
        lock (_lock)
        {
            if (!_problems.TryGetValue(gate, out var list)) _problems[gate] = list = [];
            list.Add(problem);
        }
    }

    public void CountPage() => Interlocked.Increment(ref _pages);

    /// <summary>Adds the time one stage took on one page (summed over pages and workers).</summary>
    public void Time(string stage, TimeSpan elapsed)
    {
        lock (_lock) _stages[stage] = _stages.GetValueOrDefault(stage) + elapsed;
    }

    /// <summary>"load 20.1 s, axe 61.0 s, …": where the workers spent their time.</summary>
    public string Stages()
    {
        lock (_lock) return string.Join(", ", _stages.OrderByDescending(s => s.Value).Select(s => $"{s.Key} {s.Value.TotalSeconds:0.0} s"));
    }

    public void Assert(string gate) => GateAssert.Clean(gate, this[gate]);
}

/// <summary>
/// Visits every page of a served site once and runs each per-page gate on it. Pages are shared out to
/// several workers, each with a browser context and page of its own, so axe on one page runs while
/// another loads; the link and switcher gates are judged after all pages are seen. Every page file,
/// alias stubs included, also has its CSP meta element checked.
/// </summary>
public static class SiteSweep
{
    /// <summary>How many pages are checked at once: SCCSITE_GATE_WORKERS, else one more than the cores.</summary>
    public static int DefaultWorkers { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("SCCSITE_GATE_WORKERS"), out var n) && n > 0 ? n : Environment.ProcessorCount + 1;

    public static async Task<SweepReport> RunAsync(Chromium chromium, ServedSite site, SweepOptions options, int? workers = null)
    {
        var clock = Stopwatch.StartNew();
        var pages = site.Pages.Where(options.Only ?? (_ => true)).ToList();
        var report = new SweepReport { Workers = Math.Max(1, Math.Min(workers ?? DefaultWorkers, pages.Count)) };
        var links = new LinkGate(site);
        var switcher = new SwitcherGate(site);
        var queue = new System.Collections.Concurrent.ConcurrentQueue<SitePage>(pages);
        var shots = options.Screenshots is null ? [] : ScreenshotNames(site);
        if (options.Screenshots is not null)
        {
            // Screenshots of an earlier run must not pass for this run's.
            if (Directory.Exists(options.Screenshots)) Directory.Delete(options.Screenshots, recursive: true);
            Directory.CreateDirectory(options.Screenshots);
        }
        await Task.WhenAll(Enumerable.Range(0, report.Workers).Select(_ => WorkAsync(chromium, queue, site, options, report, links, switcher, shots)));
        foreach (var problem in switcher.Check()) report.Add(SweepReport.Switcher, problem);
        report.Elapsed = clock.Elapsed;
        return report;
    }

    private static async Task WorkAsync(Chromium chromium, System.Collections.Concurrent.ConcurrentQueue<SitePage> queue, ServedSite site,
        SweepOptions options, SweepReport report, LinkGate links, SwitcherGate switcher, Dictionary<string, string> shots)
    {
        await using var context = await chromium.NewContextAsync(width: LayoutGate.WideWidth, height: LayoutGate.WideHeight);
        var page = await context.NewPageAsync();
        using var watch = await PageWatch.StartAsync(page);
        var cdp = options.CjkFont ? await context.NewCDPSessionAsync(page) : null;
        while (queue.TryDequeue(out var sitePage))
        {
            foreach (var problem in CspGate.CheckHtml(await File.ReadAllTextAsync(sitePage.File))) report.Add(SweepReport.CspPolicy, sitePage, problem);
            if (sitePage.RedirectTo is { } redirect)
            {
                // An alias stub sends readers on at once: only where it sends them (and its policy) is checked.
                if (links.CheckUrl(redirect) is { } broken) report.Add(SweepReport.Links, sitePage, "alias redirect: " + broken);
                report.CountPage();
                continue;
            }
            try
            {
                var shot = shots.TryGetValue(sitePage.Path, out var name) ? Path.Combine(options.Screenshots!, name) : null;
                await CheckPageAsync(page, cdp, sitePage, site, options, report, links, switcher, shot);
            }
            catch (PlaywrightException e)
            {
                // One page that hangs or crashes must not hide what the other pages show.
                report.Add(SweepReport.Unchecked, sitePage, e.Message.Split('\n')[0]);
            }
            var seen = watch.Drain();
            foreach (var message in seen.Console) report.Add(SweepReport.Console, sitePage, message);
            foreach (var message in seen.Network) report.Add(SweepReport.Network, sitePage, message);
            foreach (var message in seen.Csp) report.Add(SweepReport.CspViolations, sitePage, message);
            report.CountPage();
        }
        if (cdp is not null) await cdp.DetachAsync();
        await page.CloseAsync();
    }

    private sealed record PageFacts(string Lang, LinkGate.Link[] Links, SwitcherGate.Option[] Switcher);

    private static readonly string FactsScript =
        $"() => ({{ lang: ({LangGate.CollectScript})(), links: ({LinkGate.CollectScript})(), switcher: ({SwitcherGate.CollectScript})() }})";

    private static async Task<T> TimedAsync<T>(SweepReport report, string stage, Func<Task<T>> action)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return await action();
        }
        finally
        {
            report.Time(stage, clock.Elapsed);
        }
    }

    /// <summary>Screenshot file names ("en-home", "zh-section-events", "root") of the representative pages, by page path.</summary>
    private static Dictionary<string, string> ScreenshotNames(ServedSite site)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { [""] = "root" };
        foreach (var language in site.Config.Languages)
            foreach (var label in PageKinds.ScreenshotLabels)
                names.TryAdd(PageKinds.Find(site, language.Code, label).Path, $"{language.Code}-{label.Replace(' ', '-')}");
        return names;
    }

    private static async Task CheckPageAsync(IPage page, ICDPSession? cdp, SitePage sitePage, ServedSite site, SweepOptions options,
        SweepReport report, LinkGate links, SwitcherGate switcher, string? shot)
    {
        var response = await TimedAsync(report, "load", () => page.GotoAsync(sitePage.Url, new PageGotoOptions { WaitUntil = WaitUntilState.Load }));
        if (response is null || response.Status != 200) report.Add(SweepReport.Network, sitePage, $"the page answered {response?.Status}");
        if (page.Url != sitePage.Url) report.Add(SweepReport.Network, sitePage, $"the page redirected to {page.Url}");

        // One round trip for what the lang, link and switcher gates read.
        var facts = await TimedAsync(report, "links, lang, switcher", () => Js.EvalAsync<PageFacts>(page, FactsScript));
        if (LangGate.Check(facts.Lang, site.HtmlLangOf(sitePage)) is { } langProblem) report.Add(SweepReport.Lang, sitePage, langProblem);
        foreach (var problem in links.Check(facts.Links)) report.Add(SweepReport.Links, sitePage, problem);
        switcher.Record(sitePage, facts.Switcher);

        if (options.Layout && sitePage.Language is not null)
            foreach (var problem in await TimedAsync(report, "layout", () => LayoutGate.CheckWideAsync(page))) report.Add(SweepReport.Wide, sitePage, problem);
        if (options.Axe)
            foreach (var violation in await TimedAsync(report, "axe", () => AxeGate.CheckAsync(page))) report.Add(SweepReport.Axe, sitePage, violation.Message);
        if (cdp is not null && sitePage.Language == "zh")
            await TimedAsync(report, "CJK font", async () =>
            {
                foreach (var selector in new[] { "h1", "main p" })
                    if (await CjkFontGate.CheckAsync(cdp, selector) is { } fontProblem) report.Add(SweepReport.CjkFont, sitePage, fontProblem);
                return true;
            });
        // Paint and screenshots: the representative pages only (each kind in each language), which share their layouts with the rest.
        var paint = options.Paint && shot is not null;
        if (paint)
            foreach (var problem in await TimedAsync(report, "paint", () => PaintGate.CheckAsync(page, $"{shot}-{LayoutGate.WideWidth}.png")))
                report.Add(SweepReport.Paint, sitePage, problem);
        if (options.Layout || paint)
            await LayoutGate.WhileNarrowAsync(page, async () =>
            {
                if (options.Layout)
                    foreach (var problem in await TimedAsync(report, "layout", () => LayoutGate.CheckAtCurrentWidthAsync(page))) report.Add(SweepReport.Narrow, sitePage, problem);
                if (paint)
                    foreach (var problem in await TimedAsync(report, "paint", () => PaintGate.CheckAsync(page, $"{shot}-{LayoutGate.NarrowWidth}.png")))
                        report.Add(SweepReport.Paint, sitePage, problem);
                return true;
            });
    }
}
