using SccSite.Content;
using SccSite.Modules;

namespace SccSite.Templates;

/// <summary>What every layout render needs besides the page: the site model, data, asset URLs, and whether search exists.</summary>
public sealed record RenderInputs(SiteModel Model, SiteData Data, AssetUrls Assets, bool SearchEnabled);
