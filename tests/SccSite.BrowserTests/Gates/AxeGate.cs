using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Gates;

/// <summary>
/// axe-core on the loaded page, limited to the WCAG 2.0/2.1/2.2 A and AA rules. The axe-core that
/// Deque.AxeCore.Commons bundles is evaluated in the page (once per document) and axe.run is called
/// directly: Deque.AxeCore.Playwright's RunAxe runs axe frame by frame and finishes each run in a new
/// blank page, which costs more than the check itself on this site, which has no frames.
/// </summary>
public static class AxeGate
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    public sealed record Violation(string RuleId, string Message);

    private sealed record Node(string Target, string Html, string[] Checks);

    private sealed record Rule(string Id, string? Impact, string Help, string HelpUrl, Node[] Nodes);

    private const string Run = """
        async tags => {
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          const checks = n => [...(n.any || []), ...(n.all || []), ...(n.none || [])].map(c => c.message);
          return result.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({ target: JSON.stringify(n.target), html: n.html || '', checks: [...new Set(checks(n))] })),
          }));
        }
        """;

    public static async Task<IReadOnlyList<Violation>> CheckAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(Script.Value);
        var rules = await Js.EvalAsync<Rule[]>(page, Run, Tags);
        return [.. rules.SelectMany(v => v.Nodes.Select(n => new Violation(
            v.Id,
            $"axe {v.Id} ({v.Impact}): {v.Help} at {n.Target} {Shorten(n.Html)} — {string.Join("; ", n.Checks)} {v.HelpUrl}")))];
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
