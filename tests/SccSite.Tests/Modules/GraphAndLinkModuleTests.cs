using SccSite.Content;
using SccSite.Engine;
using SccSite.Modules;
using SccSite.Publishing;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Modules;

/// <summary>The link-phase modules on hand-made documents, without files or a theme.</summary>
public class GraphAndLinkModuleTests
{
    private static Document[] Parsed(BuildContext context, params Document[] sources)
    {
        var docs = ModuleRunner.Run(new ParseFrontMatter(), context, sources);
        docs = ModuleRunner.Run(new HashSource(), context, [.. docs]);
        docs = ModuleRunner.Run(new ParseMarkdown(), context, [.. docs]);
        return [.. ModuleRunner.Run(new RenderMarkdown(), context, [.. docs])];
    }

    [Fact]
    public void The_graph_publishes_every_page_in_every_language_with_its_state()
    {
        var context = Pages.Context();
        var en = Pages.Source("en", "about.md", Pages.Page("title: About\ndescription: D"));
        var hash = SourceHash.Of(FrontMatterParser.Parse(en.Get<SourceFile>(), true)).Value;
        var docs = Parsed(context, en,
            Pages.Source("ru", "about.md", Pages.Page($"title: О сайте\ndescription: Д\ntranslatedFrom: {hash}")),
            Pages.Source("zh", "about.md", Pages.Page("title: 关于\ndescription: 描述\ntranslatedFrom: 000000000000")));

        var pages = ModuleRunner.Run(new BuildTranslationGraph(), context, docs).Select(d => d.Get<LocalizedPage>()).ToList();
        Assert.Same(context.Get<SiteModel>().Find("about"), pages[0].Node);

        Assert.Equal(["en/about/index.html", "ru/about/index.html", "zh/about/index.html", "kk/about/index.html"], pages.Select(p => p.Destination));
        Assert.Equal([TranslationState.Original, TranslationState.Current, TranslationState.Stale, TranslationState.Fallback], pages.Select(p => p.State));
        Assert.Equal("ru", pages[3].ContentLanguage.Code);
    }

    [Fact]
    public void Two_translations_of_one_page_in_a_language_are_an_error()
    {
        var context = Pages.Context();
        var docs = Parsed(context,
            Pages.Source("en", "about.md", Pages.Page("title: About\ndescription: D")),
            Pages.Source("ru", "about.md", Pages.Page("title: О сайте\ndescription: Д")),
            Pages.Source("ru", "o-saite.md", Pages.Page("title: О сайте\ndescription: Д\ntranslationKey: about")));
        var error = Assert.Single(ModuleRunner.Errors(new BuildTranslationGraph(), context, docs));
        Assert.Equal("input/ru/o-saite.md", error.File);
        Assert.Contains("already translates 'about'", error.Message);
    }

    [Fact]
    public void Links_resolve_to_the_reader_s_language_and_broken_ones_name_their_position()
    {
        var context = Pages.Context();
        var docs = Parsed(context,
            Pages.Source("en", "index.md", Pages.Page("title: Home\ndescription: D", "See [about](about.md#team) and [nothing](nothing.md).")),
            Pages.Source("en", "about.md", Pages.Page("title: About\ndescription: D", "## Team")));
        var graph = ModuleRunner.Run(new BuildTranslationGraph(), context, docs);
        var kkHome = graph.Single(d => d.Get<LocalizedPage>().ToString() == "kk:index");

        var errors = ModuleRunner.Errors(new ResolveLinks(), context, kkHome);

        var error = Assert.Single(errors);
        Assert.Equal(("input/en/index.md", 6, 32), (error.File, error.Line, error.Column));
        Assert.Contains("'nothing.md' points to a page that does not exist", error.Message);
    }

    [Fact]
    public void Write_output_rewrites_only_changed_files_and_removes_stale_ones()
    {
        var root = Path.Combine(Path.GetTempPath(), "sccsite-write-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            WriteSummary Write(params Document[] pages)
            {
                using var output = new OutputFolder(root, dryRun: false);
                var context = new BuildContext(output);
                ModuleRunner.RunAfter(new WriteOutput(), context, [.. pages]);
                return context.Get<WriteSummary>();
            }
            Assert.Equal((2, 0, 0), Counts(Write(Page("a/index.html", "one"), Page("b/index.html", "two"))));
            var stamp = File.GetLastWriteTimeUtc(Path.Combine(root, "a", "index.html"));
            Thread.Sleep(20);

            Assert.Equal((1, 1, 1), Counts(Write(Page("a/index.html", "one"), Page("c/index.html", "three"))));
            Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(root, "a", "index.html")));
            Assert.False(Directory.Exists(Path.Combine(root, "b")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Document Page(string destination, string content) => Document.Create(destination).WithDestination(destination).WithContent(content);

    private static (int, int, int) Counts(WriteSummary summary) => (summary.Written, summary.Unchanged, summary.Deleted);
}
