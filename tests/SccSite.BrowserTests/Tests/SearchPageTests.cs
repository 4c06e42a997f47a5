using Microsoft.Playwright;
using SccSite.BrowserTests.Gates;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Tests;

/// <summary>
/// The search page after a search (its results are drawn by script, so the page sweep never sees
/// them): the header form's query finds results in each language, only in that language (Chinese
/// queries find Chinese pages), and the results pass axe and break no Content-Security-Policy rule.
/// </summary>
public sealed class SearchPageTests(RealSiteAudit audit, ClassContext browser, Chromium chromium)
    : IClassFixture<ClassContext>
{
    [Theory]
    [InlineData("en", "Astana")]
    [InlineData("ru", "Астана")]
    [InlineData("zh", "阿斯塔纳")]
    [InlineData("kk", "Астана")]
    public async Task A_search_shows_results_that_pass_axe(string language, string query)
    {
        var page = await browser.NewPageAsync(chromium);
        using var watch = await PageWatch.StartAsync(page);
        try
        {
            var search = PageKinds.Find(audit.Site, language, "search");
            await page.GotoAsync(search.Url + "?q=" + Uri.EscapeDataString(query));
            await page.WaitForSelectorAsync(".pagefind-ui__result", new() { Timeout = 10_000 });
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            // Results come only from this language's index, and point at this language's pages.
            var links = await page.EvalOnSelectorAllAsync<string[]>(".pagefind-ui__result-link", "links => links.map(a => a.getAttribute('href'))");
            Assert.NotEmpty(links);
            Assert.All(links, href => Assert.StartsWith(audit.Site.BasePath + language + "/", href));
            var problems = (await AxeGate.CheckAsync(page)).Select(v => v.Message).ToList();
            // The results as drawn, painted as styled; the screenshot joins the sweep's (which clears the folder first).
            await audit.ReportAsync(chromium);
            problems.AddRange(await PaintGate.CheckAsync(page, Path.Combine(RealSiteAudit.ScreenshotFolder, $"{language}-search-results-{LayoutGate.WideWidth}.png")));
            // Pagefind runs WebAssembly and draws its results by script: nothing of it may break the page's CSP.
            var seen = watch.Drain();
            problems.AddRange(seen.Console);
            problems.AddRange(seen.Network);
            problems.AddRange(seen.Csp);
            GateAssert.Clean($"search results for {query}", [.. problems.Select(p => new GateProblem(search + "?q=" + query, p))]);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>
    /// Pagefind compiles its WebAssembly in a worker (pagefind-worker.js), whose policy is its own, and
    /// falls back to the page when the worker cannot start: then the page's CSP must allow
    /// 'wasm-unsafe-eval', which is why search pages have it. Without it this test fails (CSP blocks
    /// WebAssembly.instantiate in pagefind.js and no result appears).
    /// </summary>
    [Fact]
    public async Task Search_works_when_pagefind_falls_back_from_its_worker_to_the_page()
    {
        var page = await browser.NewPageAsync(chromium);
        using var watch = await PageWatch.StartAsync(page);
        try
        {
            await page.RouteAsync("**/pagefind-worker.js", route => route.FulfillAsync(new() { Status = 404, Body = "" }));
            var search = PageKinds.Find(audit.Site, "en", "search");
            await page.GotoAsync(search.Url + "?q=Astana");
            await page.WaitForSelectorAsync(".pagefind-ui__result", new() { Timeout = 10_000 });
            var seen = watch.Drain();
            Assert.Empty(seen.Csp);
            Assert.Empty(seen.Console);
            Assert.All(seen.Network, message => Assert.Contains("pagefind-worker.js", message));
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
