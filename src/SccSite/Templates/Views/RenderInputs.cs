using System.Collections.Concurrent;
using SccSite.Content;

namespace SccSite.Templates.Views;

/// <summary>Public URLs of the fingerprinted assets the layouts reference.</summary>
public sealed record AssetUrls(string Css, string PrintCss, string Favicon, string SearchJs);

/// <summary>
/// What every view needs besides the page: the site model, data, asset URLs and whether search
/// exists. Cards are built once per page and language and shared by every list that shows them.
/// </summary>
public sealed class RenderInputs(SiteModel model, SiteData data, AssetUrls assets, bool searchEnabled)
{
    private readonly ConcurrentDictionary<(PageNode, string), CardView> _cards = new();

    public SiteModel Model { get; } = model;
    public SiteData Data { get; } = data;
    public AssetUrls Assets { get; } = assets;
    public bool SearchEnabled { get; } = searchEnabled;

    internal CardView Card(PageNode node, string language, Func<CardView> build) => _cards.GetOrAdd((node, language), _ => build());
}
