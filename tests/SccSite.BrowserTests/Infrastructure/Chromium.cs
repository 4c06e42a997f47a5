using Microsoft.Playwright;

namespace SccSite.BrowserTests.Infrastructure;

/// <summary>
/// The one Chromium of the test run (an assembly fixture), driven by Playwright. The browser is found,
/// never downloaded: <c>SCCSITE_CHROMIUM</c> when set, else the first of <c>chromium</c>,
/// <c>chromium-browser</c>, <c>google-chrome</c>, <c>google-chrome-stable</c> on PATH (Debian's
/// Chromium locally, the runner's Google Chrome on GitHub). Each test class opens its own context.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string EnvironmentVariable = "SCCSITE_CHROMIUM";

    /// <summary>The names looked for on PATH, in order.</summary>
    public static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>Flags that work as root in a container (see shared NOTES).</summary>
    public static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Exception? _launchError;

    /// <summary>Where the browser was found, or null; and what was tried, for the message when none was.</summary>
    public static (string? Path, string How, IReadOnlyList<string> Tried) Find(string? configured, string? path)
    {
        var tried = new List<string>();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // A configured path that does not exist is a mistake to report, not a reason to pick another browser.
            if (File.Exists(configured)) return (configured, $"{EnvironmentVariable}={configured}", tried);
            tried.Add($"{EnvironmentVariable}={configured} (no such file)");
            return (null, "", tried);
        }
        tried.Add($"{EnvironmentVariable} (not set)");
        foreach (var name in Names)
        {
            if (Prerequisite.FindOnPath(name, path) is { } found) return (found, $"'{name}' on PATH", tried);
            tried.Add($"'{name}' on PATH");
        }
        return (null, "", tried);
    }

    /// <summary>The executable Playwright drives, or null when none was found.</summary>
    public string? ExecutablePath { get; private set; }

    /// <summary>Which browser ran, for the test output: "/usr/bin/chromium ('chromium' on PATH), Chromium 140.0…".</summary>
    public string Description { get; private set; } = "no browser";

    private IReadOnlyList<string> _tried = [];

    public async ValueTask InitializeAsync()
    {
        var (executable, how, tried) = Find(Environment.GetEnvironmentVariable(EnvironmentVariable), Environment.GetEnvironmentVariable("PATH"));
        _tried = tried;
        if (executable is null) return;
        ExecutablePath = executable;
        Description = $"{executable} ({how})";
        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = Flags,
            });
            Description += $", version {_browser.Version}";
        }
        catch (Exception e)
        {
            _launchError = e;
        }
    }

    /// <summary>The browser; skips the test (fails it under CI) when no browser was found.</summary>
    public IBrowser Browser
    {
        get
        {
            if (_launchError is not null)
                throw new InvalidOperationException($"{Description} was found but did not start. Point {EnvironmentVariable} at a working Chromium or Chrome.", _launchError);
            if (_browser is null)
                Prerequisite.Missing($"A Chromium or Chrome browser (tried {string.Join(", ", _tried)}; Debian: apt-get install chromium, or set {EnvironmentVariable})");
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
