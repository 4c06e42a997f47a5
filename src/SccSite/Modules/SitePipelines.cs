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

    public static Pipeline Content { get; } = new("Content")
    {
        DependsOn = [Assets],
        Read = [new ReadPages()],
        Transform = [new ParseFrontMatter(), new HashSource(), new ParseMarkdown(), new MeasureImages(), new RenderMarkdown()],
        Link = [new BuildTranslationGraph(), new CheckReferences(), new ResolveLinks(), new PrepareRendering()],
        Render = [new FillLinks(), new ApplyLayout()],
    };

    public static Pipeline Root { get; } = new("Root")
    {
        DependsOn = [Content],
        Render = [new RenderRootPages()],
    };

    public static Pipeline Special { get; } = new("Special")
    {
        DependsOn = [Content],
        Render = [new RenderSpecialPages()],
    };

    public static Pipeline Publishing { get; } = new("Publishing")
    {
        DependsOn = [Content],
        Render = [new RenderPublishingFiles()],
    };

    public static Pipeline Redirects { get; } = new("Redirects")
    {
        DependsOn = [Content],
        Render = [new RenderRedirects()],
    };

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
