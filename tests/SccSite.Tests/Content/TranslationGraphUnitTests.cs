using System.Reflection;
using SccSite.Content;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Content;

/// <summary>The translation graph as a pure function of parsed page files: no files, no engine.</summary>
public class TranslationGraphUnitTests
{
    private static PageFile File(string language, string path, string frontMatter)
    {
        var source = new SourceFile(language, path, $"input/{language}/{path}", Pages.Page(frontMatter));
        var meta = FrontMatterParser.Parse(source, language == "en");
        return new PageFile(source, meta, SourceHash.Of(meta));
    }

    private static readonly PageFile About = File("en", "about.md", "title: About\ndescription: D");

    [Fact]
    public void Every_page_is_published_in_every_language_with_its_state_and_url()
    {
        var ru = File("ru", "about.md", $"title: О сайте\ndescription: Д\ntranslatedFrom: {About.Hash.Value}");
        var zh = File("zh", "guanyu.md", "title: 关于\ndescription: 描述\ntranslationKey: about\ntranslatedFrom: 000000000000");
        var (graph, errors, _) = TranslationGraph.Build(Pages.Config, [zh, About, ru]);

        Assert.Empty(errors);
        var node = Assert.Single(graph.Nodes);
        Assert.Equal(["en", "ru", "zh", "kk"], node.Pages.Select(p => p.Language.Code));
        Assert.Equal([TranslationState.Original, TranslationState.Current, TranslationState.Stale, TranslationState.Fallback], node.Pages.Select(p => p.State));
        Assert.Equal(["/en/about/", "/ru/about/", "/zh/guanyu/", "/kk/about/"], node.Pages.Select(p => p.Url));
        Assert.Same(ru, node.In("kk").Content); // kk falls back to ru before en
        Assert.Same(node, graph.FindByPath("zh", "guanyu"));
        Assert.Null(graph.FindByPath("kk", "about")); // a fallback copy is not a real page of kk
    }

    [Fact]
    public void The_same_files_in_any_order_give_the_same_graph()
    {
        PageFile[] files =
        [
            About, File("en", "index.md", "title: Home\ndescription: D"),
            File("ru", "index.md", "title: Главная\ndescription: Д"), File("kk", "about.md", "title: Сайт\ndescription: Д"),
        ];
        static string Shape(TranslationGraph g) => string.Join("|", g.Nodes.SelectMany(n => n.Pages).Select(p => $"{p}:{p.State}:{p.Content.DisplayPath}:{p.Url}"));
        var forward = TranslationGraph.Build(Pages.Config, files).Graph;
        var backward = TranslationGraph.Build(Pages.Config, files.Reverse()).Graph;
        Assert.Equal(Shape(forward), Shape(backward));
    }

    [Fact]
    public void A_translation_without_a_source_is_an_orphan_and_a_notice()
    {
        var (graph, errors, notices) = TranslationGraph.Build(Pages.Config, [About, File("ru", "gone.md", "title: Нет\ndescription: Д")]);
        Assert.Empty(errors);
        Assert.Equal([new OrphanTranslation("ru", "input/ru/gone.md", "gone")], graph.Orphans);
        Assert.Contains("orphaned translation input/ru/gone.md", Assert.Single(notices));
    }

    [Fact]
    public void A_translation_contradicting_a_neutral_fact_is_an_error_at_its_line()
    {
        var source = File("en", "priorities/alpha.md", "title: A\ndescription: D\norder: 1");
        var translation = File("ru", "priorities/alpha.md", "title: А\ndescription: Д\norder: 2");
        var error = Assert.Single(TranslationGraph.Build(Pages.Config, [source, translation]).Errors);
        Assert.Equal(("input/ru/priorities/alpha.md", 4, 1), (error.File, error.Line, error.Column));
        Assert.Contains("'order: 2' contradicts the source page, which says '1'", error.Message);
    }

    [Fact]
    public void Two_pages_claiming_one_key_or_one_destination_are_errors()
    {
        var keyed = File("en", "other.md", "title: O\ndescription: D\ntranslationKey: about");
        Assert.Contains("translationKey 'about' is already used by input/en/about.md", Assert.Single(TranslationGraph.Build(Pages.Config, [About, keyed]).Errors).Message);

        // The ru translation of 'other' takes the path of 'about', whose ru fallback copy lives there.
        var other = File("en", "other.md", "title: O\ndescription: D");
        var squatter = File("ru", "about.md", "title: Д\ndescription: Д\ntranslationKey: other");
        var errors = TranslationGraph.Build(Pages.Config, [About, other, squatter]).Errors;
        Assert.Contains(errors, e => e.Message.StartsWith("Two pages would be written to ru/about/index.html", StringComparison.Ordinal));
    }

    [Fact]
    public void The_graph_types_are_immutable()
    {
        foreach (var type in new[] { typeof(TranslationGraph), typeof(PageNode), typeof(LocalizedPage), typeof(PageFile), typeof(SiteModel) })
        {
            var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } && !p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"));
            Assert.Empty(setters);
            Assert.DoesNotContain(type.GetFields(BindingFlags.Public | BindingFlags.Instance), f => !f.IsInitOnly);
        }
    }
}
