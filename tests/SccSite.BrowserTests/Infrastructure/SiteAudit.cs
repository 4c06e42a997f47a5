using SccSite.BrowserTests.Gates;

namespace SccSite.BrowserTests.Infrastructure;

/// <summary>
/// An assembly fixture: one served build of a site, plus one sweep of all its pages in a browser
/// context of its own, run by whichever test asks first and shared by the others.
/// </summary>
public abstract class SiteAudit : IAsyncLifetime
{
    private readonly Lock _lock = new();
    private Task<SweepReport>? _sweep;
    private Task<IReadOnlyList<GateProblem>>? _validation;
    private ServedSite? _site;

    protected abstract string Input { get; }
    protected abstract string Theme { get; }
    protected abstract string? BaseUrl { get; }
    protected abstract SweepOptions Options { get; }

    public ServedSite Site => _site ?? throw new InvalidOperationException("The site is not served yet.");

    /// <summary>Whether the Nu HTML Checker starts as soon as the site is built, to run beside the browser sweep.</summary>
    protected virtual bool ValidateEarly => false;

    public async ValueTask InitializeAsync()
    {
        _site = await ServedSite.BuildAndServeAsync(Input, Theme, BaseUrl);
        if (ValidateEarly && ValidatorGate.FindJava() is { } java) _ = ValidateAsync(java);
    }

    /// <summary>The Nu HTML Checker's errors over the whole output, run once.</summary>
    public Task<IReadOnlyList<GateProblem>> ValidateAsync(string java)
    {
        lock (_lock) return _validation ??= ValidatorGate.CheckAsync(java, Site.Output);
    }

    /// <summary>The sweep's report; the first caller starts the sweep, a failed sweep fails every caller at once.</summary>
    public async Task<SweepReport> ReportAsync(Chromium chromium)
    {
        _ = chromium.Browser; // Skips (or fails under CI) before anything else when Chromium is missing.
        lock (_lock) _sweep ??= SweepAsync(chromium);
        var report = await _sweep;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Swept {report.Pages} pages of {Site.Url} in {report.Elapsed.TotalSeconds:0.0} s with {report.Workers} workers in {chromium.Description} ({report.Stages()}).");
        return report;
    }

    private Task<SweepReport> SweepAsync(Chromium chromium) => SiteSweep.RunAsync(chromium, Site, Options);

    public async ValueTask DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The real site (input/ and theme/ of the repository) at the domain root; its sweep saves screenshots.</summary>
public sealed class RealSiteAudit : SiteAudit
{
    /// <summary>Where the window screenshots of the representative pages go (not committed; CI keeps them as an artifact).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    protected override string Input => Repo.Input;
    protected override string Theme => Repo.Theme;
    protected override string? BaseUrl => null;
    protected override SweepOptions Options => SweepOptions.All with { Screenshots = ScreenshotFolder };
    protected override bool ValidateEarly => true;
}

/// <summary>The real site built for a sub-path base URL and served under /sco/: links must keep the prefix.</summary>
public sealed class SubPathSiteAudit : SiteAudit
{
    public const string SubPathBaseUrl = "http://127.0.0.1/sco/";

    protected override string Input => Repo.Input;
    protected override string Theme => Repo.Theme;
    protected override string? BaseUrl => SubPathBaseUrl;
    protected override SweepOptions Options => SweepOptions.LinksOnly;
}
