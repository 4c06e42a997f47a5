using SccSite.Engine;
using SccSite.Modules;

namespace SccSite;

/// <summary>The site's pipelines, as declarative lists of modules per phase.</summary>
public static class SitePipelines
{
    public const string Assets = "Assets";
    public const string Static = "Static";
    public const string Content = "Content";
    public const string Root = "Root";
    public const string Special = "Special";
    public const string Publishing = "Publishing";
    public const string Redirects = "Redirects";
    public const string Search = "Search";
    public const string Output = "Output";

    public static IReadOnlyList<Pipeline> All { get; } =
    [
        new(Assets)
        {
            Read = [ReadFiles.ThemeAssets()],
            Transform = [new MinifyAssets(), new FingerprintAssets()],
        },
        new(Static)
        {
            Read = [ReadFiles.StaticFiles()],
        },
        new(Content)
        {
            DependsOn = [Assets],
            Read = [new ReadPages()],
            Transform = [new ParseFrontMatter(), new ParseMarkdown(), new MeasureImages(), new HashSource()],
            Link = [new BuildTranslationGraph(), new CheckReferences(), new ResolveLinks()],
            Render = [new RenderMarkdown(), new ApplyLayout(Assets)],
        },
        new(Root)
        {
            DependsOn = [Content, Assets],
            Render = [new RenderRootPages(Content, Assets)],
        },
        new(Special)
        {
            DependsOn = [Content, Assets],
            Render = [new RenderSpecialPages(Content, Assets)],
        },
        new(Publishing)
        {
            DependsOn = [Content],
            Render = [new RenderPublishingFiles(Content)],
        },
        new(Redirects)
        {
            DependsOn = [Content],
            Render = [new RenderRedirects(Content)],
        },
        new(Search)
        {
            DependsOn = [Content],
            Render = [new IndexSearch(Content)],
        },
        new(Output)
        {
            DependsOn = [Assets, Static, Content, Root, Special, Publishing, Redirects, Search],
            Write = [new WriteOutput(Assets, Static, Content, Root, Special, Publishing, Redirects, Search)],
        },
    ];
}
