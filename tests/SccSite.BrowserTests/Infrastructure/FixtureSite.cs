using SccSite.BrowserTests.Gates;

namespace SccSite.BrowserTests.Infrastructure;

/// <summary>A class fixture serving an unbroken build of the small fixture site: the baseline of the negative proofs.</summary>
public sealed class FixtureSite : IAsyncLifetime
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private ServedSite? _site;
    private SweepReport? _quick;

    public ServedSite Site => _site ?? throw new InvalidOperationException("The fixture site is not served yet.");

    public async ValueTask InitializeAsync() => _site = await ServedSite.BuildAndServeAsync(Repo.FixtureInput, Repo.Theme);

    /// <summary>The unbroken fixture's quick sweep (no axe, no layout), run once.</summary>
    public async Task<SweepReport> QuickSweepAsync(Chromium chromium)
    {
        await _lock.WaitAsync();
        try
        {
            return _quick ??= await SiteSweep.RunAsync(chromium, Site, SweepOptions.LinksOnly);
        }
        finally
        {
            _lock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
        _lock.Dispose();
    }
}
