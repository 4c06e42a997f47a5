using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SccSite.BrowserTests.Gates;

/// <summary>axe-core on the loaded page, limited to the WCAG 2.0/2.1/2.2 A and AA rules.</summary>
public static class AxeGate
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public sealed record Violation(string RuleId, string Message);

    public static async Task<IReadOnlyList<Violation>> CheckAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
        });
        return [.. result.Violations.SelectMany(v => v.Nodes.Select(n => new Violation(
            v.Id,
            $"axe {v.Id} ({v.Impact}): {v.Help} at {n.Target} {Shorten(n.Html)} — {Checks(n)} {v.HelpUrl}")))];
    }

    private static string Checks(AxeResultNode node) =>
        string.Join("; ", (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).Distinct());

    private static string Shorten(string? html) =>
        html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
