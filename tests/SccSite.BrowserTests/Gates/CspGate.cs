using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SccSite.BrowserTests.Gates;

/// <summary>
/// The Content-Security-Policy of every page, in two halves.
/// <para>The policy itself, read from the page's file: exactly one
/// &lt;meta http-equiv="Content-Security-Policy"&gt; in &lt;head&gt;, before every script, stylesheet and
/// style element (a meta policy only covers what follows it), allowing only the site's own scripts and
/// styles: no 'unsafe-inline', 'unsafe-eval', hashes, nonces, hosts or schemes; object-src 'none';
/// base-uri and form-action set. 'wasm-unsafe-eval' (Pagefind's WebAssembly) only on a page that loads
/// Pagefind.</para>
/// <para>What the browser blocked: <see cref="InitScript"/> runs before the page's own scripts and
/// reports each securitypolicyviolation event to <see cref="PageWatch"/>, which also counts Chromium's
/// "Content Security Policy" console errors. Any report fails the gate.</para>
/// </summary>
public static class CspGate
{
    /// <summary>The name of the function Playwright exposes to the page for violation reports.</summary>
    public const string ReportFunction = "__sccsiteCspViolation";

    /// <summary>Registered with AddInitScriptAsync: runs in every document before its own scripts.</summary>
    public const string InitScript = """
        document.addEventListener('securitypolicyviolation', e => {
          const report = JSON.stringify({
            directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI || '',
            source: e.sourceFile || '', line: e.lineNumber || 0, sample: e.sample || '', document: e.documentURI,
          });
          if (typeof window.__sccsiteCspViolation === 'function') window.__sccsiteCspViolation(report);
        }, true);
        """;

    public sealed record Violation(string Directive, string Blocked, string Source, int Line, string Sample, string Document);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A violation report as one readable line.</summary>
    public static string Describe(string json)
    {
        var v = JsonSerializer.Deserialize<Violation>(json, Json)!;
        var where = v.Source.Length > 0 ? $" in {v.Source}{(v.Line > 0 ? ":" + v.Line : "")}" : "";
        var sample = v.Sample.Length > 0 ? $" (\"{v.Sample}\")" : "";
        return $"CSP blocked {(v.Blocked.Length > 0 ? v.Blocked : "a resource")} under {v.Directive}{where}{sample}";
    }

    /// <summary>Whether a console message is Chromium's report of a CSP violation.</summary>
    public static bool IsCspConsoleMessage(string text) => text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase);

    private static readonly string[] FetchDirectivesWithFallback = ["script-src", "script-src-elem", "script-src-attr", "style-src", "style-src-elem", "style-src-attr", "object-src"];

    /// <summary>The problems of a page's CSP meta element, read from its HTML.</summary>
    public static IReadOnlyList<string> CheckHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var problems = new List<string>();
        var metas = document.QuerySelectorAll("meta[http-equiv]")
            .Where(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (metas.Count == 0) return ["no <meta http-equiv=\"Content-Security-Policy\">"];
        if (metas.Count > 1) problems.Add($"{metas.Count} CSP meta elements; one policy per page");
        var meta = metas[0];
        if (meta.ParentElement is not { LocalName: "head" }) problems.Add("the CSP meta element is not in <head>, so the browser ignores it");
        var first = document.QuerySelectorAll("script:not([type='application/ld+json']):not([type='application/json']), link[rel~='stylesheet'], style")
            .FirstOrDefault(e => e.CompareDocumentPosition(meta).HasFlag(DocumentPositions.Following));
        if (first is not null) problems.Add($"<{first.LocalName}> comes before the CSP meta element, so the policy does not cover it");

        var loadsPagefind = document.QuerySelectorAll("script[src]").Any(s => s.GetAttribute("src")!.Contains("/pagefind/", StringComparison.Ordinal));
        problems.AddRange(CheckPolicy(meta.GetAttribute("content") ?? "", loadsPagefind));
        return problems;
    }

    /// <summary>The problems of one policy string; <paramref name="loadsPagefind"/> permits 'wasm-unsafe-eval' in script-src.</summary>
    public static IReadOnlyList<string> CheckPolicy(string policy, bool loadsPagefind)
    {
        var problems = new List<string>();
        var directives = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var part in policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tokens = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var name = tokens[0].ToLowerInvariant();
            if (!directives.TryAdd(name, tokens[1..])) problems.Add($"CSP directive {name} appears twice (the browser ignores the second)");
        }
        if (!directives.TryGetValue("default-src", out var defaults)) problems.Add("CSP has no default-src");
        string[] Effective(string name) => directives.TryGetValue(name, out var sources) ? sources : defaults ?? ["*"];

        foreach (var name in FetchDirectivesWithFallback.Where(n => n == "script-src" || n == "style-src" || directives.ContainsKey(n)))
        {
            var isScript = name.StartsWith("script", StringComparison.Ordinal);
            var allowed = new HashSet<string>(StringComparer.Ordinal) { "'self'", "'none'" };
            if (isScript && loadsPagefind) allowed.Add("'wasm-unsafe-eval'");
            foreach (var source in Effective(name).Where(s => !allowed.Contains(s.ToLowerInvariant())))
                problems.Add(source == "'wasm-unsafe-eval'"
                    ? $"CSP {name} allows 'wasm-unsafe-eval' on a page that loads no Pagefind"
                    : $"CSP {name} allows {source}: only the site's own files ('self') may run or style the page");
        }
        if (!Effective("object-src").SequenceEqual(["'none'"])) problems.Add("CSP object-src (or default-src) is not 'none'");
        foreach (var name in new[] { "base-uri", "form-action" })
        {
            if (!directives.TryGetValue(name, out var sources)) problems.Add($"CSP has no {name} (it does not fall back to default-src)");
            else if (sources.Any(s => s is not ("'self'" or "'none'"))) problems.Add($"CSP {name} allows {string.Join(" ", sources)}, more than 'self'");
        }
        return problems;
    }
}
