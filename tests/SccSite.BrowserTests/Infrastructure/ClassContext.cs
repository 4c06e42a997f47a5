using Microsoft.Playwright;

namespace SccSite.BrowserTests.Infrastructure;

/// <summary>A class fixture holding the one browser context of a test class, opened on first use.</summary>
public sealed class ClassContext : IAsyncDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private IBrowserContext? _context;

    public async Task<IBrowserContext> GetAsync(Chromium chromium)
    {
        _ = chromium.Browser;
        await _lock.WaitAsync();
        try
        {
            return _context ??= await chromium.NewContextAsync();
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>A new page in the class's context; close it (await using) when done.</summary>
    public async Task<IPage> NewPageAsync(Chromium chromium) => await (await GetAsync(chromium)).NewPageAsync();

    public async ValueTask DisposeAsync()
    {
        if (_context is not null) await _context.DisposeAsync();
        _lock.Dispose();
    }
}
