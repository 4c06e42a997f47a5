using Microsoft.Playwright;

namespace SccSite.BrowserTests.Infrastructure;

/// <summary>
/// The one Chromium of the test run (an assembly fixture): Debian's /usr/bin/chromium driven by
/// Playwright. Playwright's own browser download is never used. Each test class opens its own context.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Flags that work as root in a container (see shared NOTES).</summary>
    public static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Exception? _launchError;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath)) return;
        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Flags,
            });
        }
        catch (Exception e)
        {
            _launchError = e;
        }
    }

    /// <summary>The browser; skips the test (fails it under CI) when Chromium is not installed.</summary>
    public IBrowser Browser
    {
        get
        {
            if (_launchError is not null) throw new InvalidOperationException($"{ExecutablePath} is installed but did not start.", _launchError);
            if (_browser is null) Prerequisite.Missing(ExecutablePath + " (Debian package chromium)");
            return _browser!;
        }
    }

    /// <summary>A fresh context at desktop size. The root page redirects by browser language, so it defaults to one the site lacks.</summary>
    public Task<IBrowserContext> NewContextAsync(string locale = "fr-FR", int width = 1280, int height = 800) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
