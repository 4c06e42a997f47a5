using Microsoft.Playwright;

namespace SccSite.BrowserTests.Gates;

/// <summary>What a page did wrong while it was watched, per gate.</summary>
public sealed record PageEvents(IReadOnlyList<string> Console, IReadOnlyList<string> Network, IReadOnlyList<string> Csp);

/// <summary>
/// Listens to a page while it loads: console errors and uncaught exceptions (the console gate),
/// failed requests and responses with status 400 or more (the network gate), and what the
/// Content-Security-Policy blocked (the CSP gate: securitypolicyviolation events, reported by
/// <see cref="CspGate.InitScript"/>, and Chromium's CSP console errors).
/// </summary>
public sealed class PageWatch : IDisposable
{
    private readonly IPage _page;
    private readonly Lock _gate = new();
    private readonly List<string> _console = [];
    private readonly List<string> _network = [];
    private readonly List<string> _csp = [];

    private PageWatch(IPage page)
    {
        _page = page;
        page.Console += OnConsole;
        page.PageError += OnPageError;
        page.RequestFailed += OnRequestFailed;
        page.Response += OnResponse;
    }

    /// <summary>Watches a page from its next navigation on.</summary>
    public static async Task<PageWatch> StartAsync(IPage page)
    {
        var watch = new PageWatch(page);
        await page.ExposeFunctionAsync(CspGate.ReportFunction, (string json) => watch.Add(watch._csp, CspGate.Describe(json)));
        await page.AddInitScriptAsync(CspGate.InitScript);
        return watch;
    }

    /// <summary>Everything seen since the last call, then forgets it.</summary>
    public PageEvents Drain()
    {
        lock (_gate)
        {
            var result = new PageEvents([.. _console], [.. _network], [.. _csp]);
            _console.Clear();
            _network.Clear();
            _csp.Clear();
            return result;
        }
    }

    private void OnConsole(object? sender, IConsoleMessage message)
    {
        if (message.Type != "error") return;
        var text = $"console error: {message.Text}" + (message.Location is { Length: > 0 } at ? $" ({at})" : "");
        Add(CspGate.IsCspConsoleMessage(message.Text) ? _csp : _console, text);
    }

    private void OnPageError(object? sender, string error) => Add(_console, $"uncaught exception: {error}");

    private void OnRequestFailed(object? sender, IRequest request) =>
        Add(_network, $"request failed: {request.Method} {request.Url}: {request.Failure}");

    private void OnResponse(object? sender, IResponse response)
    {
        if (response.Status >= 400) Add(_network, $"HTTP {response.Status} for {response.Request.Method} {response.Url}");
    }

    private void Add(List<string> list, string text)
    {
        lock (_gate) list.Add(text);
    }

    public void Dispose()
    {
        _page.Console -= OnConsole;
        _page.PageError -= OnPageError;
        _page.RequestFailed -= OnRequestFailed;
        _page.Response -= OnResponse;
    }
}
