using SccSite.Engine;

namespace SccSite.Modules;

/// <summary>The site's pipelines, as declarative lists of modules per phase.</summary>
public static class SitePipelines
{
    public static Pipeline Assets { get; } = new("Assets")
    {
        Read = [ReadFiles.ThemeAssets()],
        Transform = [new MinifyAssets(), new FingerprintAssets(), new CollectAssetUrls()],
    };

    public static Pipeline Static { get; } = new("Static")
    {
        Read = [ReadFiles.StaticFiles()],
    };

    /// <summary>The pages. It reads the asset URLs the Assets pipeline provides in the Transform phase, so it need not wait for it.</summary>
    public static Pipeline Content { get; } = new("Content")
    {
        Read = [new ReadPages()],
        Transform = [new ParseFrontMatter(), new HashSource(), new ParseMarkdown(), new CheckMarkdownSafety(), new CountScripts(), new MeasureImages(), new RenderMarkdown()],
        Link = [new BuildTranslationGraph(), new CheckReferences(), new ResolveLinks(), new PrepareRendering()],
        Render = [new FillLinks(), new ApplyLayout(), new StageOutput()],
    };

    // Root, Special, Publishing and Redirects read only products of the Link phase (the site model, the
    // renderer), so they render side by side with the pages instead of after them.
    public static Pipeline Root { get; } = new("Root")
    {
        Render = [new RenderRootPages()],
    };

    public static Pipeline Special { get; } = new("Special")
    {
        Render = [new RenderSpecialPages()],
    };

    public static Pipeline Publishing { get; } = new("Publishing")
    {
        Render = [new RenderPublishingFiles()],
    };

    public static Pipeline Redirects { get; } = new("Redirects")
    {
        Render = [new RenderRedirects()],
    };

    /// <summary>Indexes the rendered pages, so it waits for Content to render them.</summary>
    public static Pipeline Search { get; } = new("Search")
    {
        DependsOn = [Content],
        Render = [new IndexSearch()],
    };

    /// <summary>Writes what every other pipeline produced.</summary>
    public static Pipeline Output { get; } = new("Output")
    {
        DependsOn = [Assets, Static, Content, Root, Special, Publishing, Redirects, Search],
        Write = [new WriteOutput()],
    };

    public static IReadOnlyList<Pipeline> All { get; } = [Assets, Static, Content, Root, Special, Publishing, Redirects, Search, Output];
}
