using System.Collections.Concurrent;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Gates;

/// <summary>
/// Every same-origin &lt;a href&gt; of the rendered page must lead to a file of the output (inside the
/// site's base path), and every #fragment to an element with that id on the target page.
/// The browser resolves the hrefs, so relative links and the base path are judged as a reader meets them.
/// </summary>
public sealed class LinkGate(ServedSite site)
{
    public sealed record Link(string Raw, string Href);

    private readonly ConcurrentDictionary<string, HashSet<string>> _ids = new();

    /// <summary>Collects the links with their raw and resolved hrefs (a function expression for page.evaluate).</summary>
    public const string CollectScript = "() => Array.from(document.querySelectorAll('a[href]'), a => ({ raw: a.getAttribute('href'), href: a.href }))";

    public static async Task<IReadOnlyList<Link>> CollectAsync(IPage page) => await Js.EvalAsync<Link[]>(page, CollectScript);

    /// <summary>Problems of the links found on one page.</summary>
    public IEnumerable<string> Check(IReadOnlyList<Link> links)
    {
        foreach (var link in links)
        {
            var problem = CheckOne(link);
            if (problem is not null) yield return problem;
        }
    }

    /// <summary>Loads a page, collects its links and checks them.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(IPage page) => [.. Check(await CollectAsync(page))];

    /// <summary>Checks a URL that is not a link on a page, e.g. the target of an alias redirect.</summary>
    public string? CheckUrl(string url) => CheckOne(new Link(url, url));

    private string? CheckOne(Link link)
    {
        // Links written with the public base URL (https://example.org/sco/…) point into this site too.
        if (!Uri.TryCreate(site.Local(link.Href), UriKind.Absolute, out var url)) return $"link href=\"{link.Raw}\" is not a valid URL";
        if (url.Scheme is not ("http" or "https") || !site.IsInternal(url)) return null;
        var file = site.FileFor(url);
        if (file is null) return $"link href=\"{link.Raw}\" leaves the site's base path {site.BasePath}";
        if (!File.Exists(file))
        {
            // A folder URL without its slash: the server redirects it, as static hosts do.
            if (Path.GetExtension(file).Length == 0 && File.Exists(Path.Combine(file, "index.html"))) file = Path.Combine(file, "index.html");
            else return $"broken link href=\"{link.Raw}\": no {Path.GetRelativePath(site.Output, file)} in the output";
        }
        var fragment = Uri.UnescapeDataString(url.Fragment.TrimStart('#'));
        if (fragment.Length == 0 || !file.EndsWith(".html", StringComparison.Ordinal)) return null;
        return IdsOf(file).Contains(fragment)
            ? null
            : $"broken anchor href=\"{link.Raw}\": no element with id=\"{fragment}\" on {Path.GetRelativePath(site.Output, file)}";
    }

    private HashSet<string> IdsOf(string file) => _ids.GetOrAdd(file, f =>
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(f));
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!);
        var names = document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!);
        return [.. ids.Concat(names)];
    });
}
