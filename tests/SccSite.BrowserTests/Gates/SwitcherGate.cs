using Microsoft.Playwright;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Gates;

/// <summary>
/// The language switcher (nav.language-switcher a) of each page must lead to the same page in the
/// other language (same path below the language folder, a page of the site) and that page's switcher
/// must lead back. The current language's entry points at the page itself.
/// </summary>
public sealed class SwitcherGate(ServedSite site)
{
    public sealed record Option(string Href, string? Lang, bool Current);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, (SitePage Page, IReadOnlyList<Option> Options)> _seen = [];

    /// <summary>Collects the switcher's entries (a function expression for page.evaluate).</summary>
    public const string CollectScript =
        "() => Array.from(document.querySelectorAll('nav.language-switcher a'), a => ({ href: a.href, lang: a.getAttribute('lang'), current: a.getAttribute('aria-current') === 'true' }))";

    public static async Task<IReadOnlyList<Option>> CollectAsync(IPage page) => await Js.EvalAsync<Option[]>(page, CollectScript);

    /// <summary>Records one page's switcher (call for every page, then <see cref="Check"/>).</summary>
    public void Record(SitePage page, IReadOnlyList<Option> options)
    {
        lock (_lock) _seen[Normalize(page.Url)] = (page, options);
    }

    public IEnumerable<GateProblem> Check()
    {
        foreach (var (url, (page, options)) in _seen)
        {
            if (page.Language is null) continue; // The root chooser has no switcher.
            var name = page.ToString();
            if (options.Count == 0)
            {
                yield return new(name, "no language switcher (nav.language-switcher a)");
                continue;
            }
            var missing = site.Config.Languages.Select(l => l.HtmlLang).Except(options.Select(o => o.Lang ?? "")).ToList();
            if (missing.Count > 0) yield return new(name, $"the switcher offers no link for {string.Join(", ", missing)}");
            var current = options.Where(o => o.Current).ToList();
            if (current.Count != 1 || Normalize(current[0].Href) != url)
                yield return new(name, $"the switcher's current entry (aria-current) must be exactly one link to the page itself, found: {string.Join(", ", current.Select(c => c.Href))}");
            foreach (var option in options.Where(o => !o.Current))
            {
                var target = Normalize(option.Href);
                if (!_seen.TryGetValue(target, out var other))
                {
                    yield return new(name, $"the switcher's {option.Lang} link {option.Href} is not a page of the site");
                    continue;
                }
                if (other.Page.Language is null || site.HtmlLangOf(other.Page) != option.Lang)
                    yield return new(name, $"the switcher's {option.Lang} link leads to {other.Page}, a page in another language");
                else if (other.Page.PathInLanguage != page.PathInLanguage)
                    yield return new(name, $"the switcher's {option.Lang} link leads to {other.Page}, not to this page's translation ({other.Page.Language}/{page.PathInLanguage})");
                if (!other.Options.Any(o => Normalize(o.Href) == url))
                    yield return new(name, $"the switcher leads to {other.Page}, whose switcher does not lead back here");
            }
        }
    }

    private static string Normalize(string href)
    {
        var uri = new Uri(href);
        return uri.GetLeftPart(UriPartial.Path);
    }
}
