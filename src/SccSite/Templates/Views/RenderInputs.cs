using System.Collections.Concurrent;
using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Templates.Views;

/// <summary>Public URLs of the fingerprinted assets the layouts reference.</summary>
public sealed record AssetUrls(string Css, string PrintCss, string Favicon, string SearchJs, string RootJs);

/// <summary>
/// What every view needs besides the page: the site model, data, asset URLs and whether search
/// exists. Cards are built once per page and language and shared by every list that shows them.
/// </summary>
public sealed class RenderInputs(SiteModel model, SiteData data, AssetUrls assets, bool searchEnabled)
{
    private readonly ConcurrentDictionary<(PageNode, string), (CardView Card, Dependency[] Reads)> _cards = new();
    private readonly ConcurrentDictionary<string, SiteView> _sites = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TrustedHtml> _siteJson = new(StringComparer.Ordinal);

    public SiteModel Model { get; } = model;
    public SiteData Data { get; } = data;
    public AssetUrls Assets { get; } = assets;
    public bool SearchEnabled { get; } = searchEnabled;

    /// <summary>A card made once per page and language; each use reports the reads that made it.</summary>
    internal CardView Card(PageNode node, string language, Func<CardView> build)
    {
        var (card, reads) = _cards.GetOrAdd((node, language), _ =>
        {
            using var recording = ReadTracker.Record();
            var made = build();
            return (made, [.. recording.Reads]);
        });
        ReadTracker.Touch(reads);
        return card;
    }

    /// <summary>The site view of a language, the same for each of its pages.</summary>
    public SiteView Site(Language language)
    {
        ReadTracker.Touch(DependencyKind.Assets, "");
        return _sites.GetOrAdd(language.Code, _ => SiteViews.For(language, this));
    }

    /// <summary>The JSON-LD of the website and the organisation, the same for each page of a language.</summary>
    internal TrustedHtml SiteJson(Language language) => _siteJson.GetOrAdd(language.Code, _ => StructuredData.ForSite(language, Model));
}
