using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using SccSite.BrowserTests.Infrastructure;
using SccSite.Cli.Preview;

namespace SccSite.BrowserTests.Tests;

/// <summary>The editing loop in a real browser: a broken save shows the error overlay, the fix clears it and reloads the page.</summary>
public sealed class PreviewReloadTests(Chromium chromium) : IAsyncDisposable
{
    private readonly SiteCopy _site = SiteCopy.OfFixture();
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _log = new();
    private Task<int>? _preview;

    [Fact]
    public async Task Broken_yaml_shows_the_overlay_with_file_and_line_and_the_fix_reloads_the_page()
    {
        var url = await StartPreviewAsync();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url + "en/about/");
        var heading = await page.Locator("h1").InnerTextAsync();
        // The live-reload stream is open before the first save.
        await page.Locator("script[data-connected=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });

        _site.Edit("input/en/about.md", text => text.Replace("title: About the fixture", "title: About the fixture: broken", StringComparison.Ordinal));
        var overlay = page.Locator("#sccsite-errors");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var location = await overlay.Locator(".sccsite-error-location").First.InnerTextAsync();
        Assert.Matches(@"^input/en/about\.md:2:\d+$", location);
        Assert.False(string.IsNullOrWhiteSpace(await overlay.Locator(".sccsite-error-message").First.InnerTextAsync()));

        _site.Edit("input/en/about.md", text => text.Replace("title: About the fixture: broken", "title: Fixed in the editor", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Fixed in the editor", new() { Timeout = 30_000 });
        await Assertions.Expect(overlay).ToHaveCountAsync(0);
        Assert.NotEqual("Fixed in the editor", heading);
    }

    private async Task<string> StartPreviewAsync()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var output = Path.Combine(_site.Root, "output");
        _preview = PreviewServer.RunAsync(new BuildOptions(_site.Input, output, _site.Theme), port, search: false,
            TextWriter.Synchronized(_log), TextWriter.Synchronized(_log), _stop.Token);
        for (var i = 0; i < 1200 && !_log.ToString().Contains("Preview: ", StringComparison.Ordinal); i++)
        {
            if (_preview.IsCompleted) throw new InvalidOperationException("The preview stopped:\n" + _log);
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        return $"http://127.0.0.1:{port}/";
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_preview is not null) await _preview.WaitAsync(TimeSpan.FromSeconds(20));
        _stop.Dispose();
        _site.Dispose();
    }
}
