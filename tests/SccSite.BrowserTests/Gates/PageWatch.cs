using Microsoft.Playwright;

namespace SccSite.BrowserTests.Gates;

/// <summary>
/// Listens to a page while it loads: console errors and uncaught exceptions (the console gate),
/// failed requests and responses with status 400 or more (the network gate).
/// </summary>
public sealed class PageWatch : IDisposable
{
    private readonly IPage _page;
    private readonly object _gate = new();
    private readonly List<string> _console = [];
    private readonly List<string> _network = [];

    public PageWatch(IPage page)
    {
        _page = page;
        page.Console += OnConsole;
        page.PageError += OnPageError;
        page.RequestFailed += OnRequestFailed;
        page.Response += OnResponse;
    }

    /// <summary>Everything seen since the last call, then forgets it.</summary>
    public (IReadOnlyList<string> Console, IReadOnlyList<string> Network) Drain()
    {
        lock (_gate)
        {
            var result = (_console.ToList(), _network.ToList());
            _console.Clear();
            _network.Clear();
            return result;
        }
    }

    private void OnConsole(object? sender, IConsoleMessage message)
    {
        if (message.Type != "error") return;
        Add(_console, $"console error: {message.Text}" + (message.Location is { Length: > 0 } at ? $" ({at})" : ""));
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
