using SccSite.Content;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Content;

/// <summary>The graph's view of the translator's workflow: a started translation is a fallback, a source renamed by hand is an error that names 'move'.</summary>
public class StartedAndMovedTranslationTests
{
    private static PageFile File(string language, string path, string frontMatter, string body = "Body.")
    {
        var source = new SourceFile(language, path, $"input/{language}/{path}", Pages.Page(frontMatter, body));
        var meta = FrontMatterParser.Parse(source, language == "en");
        return new PageFile(source, meta, SourceHash.Of(meta));
    }

    private static readonly PageFile Fund = File("en", "initiatives/fund.md", "title: Fund\ndescription: D\npriority: p\nstatus: proposed\norder: 1");

    [Fact]
    public void A_translation_marked_untranslated_is_a_fallback_that_knows_its_file()
    {
        var started = File("ru", "initiatives/fund.md", $"title: Fund\ndescription: D\ntranslatedFrom: {Fund.Hash.Value}\nuntranslated: true");
        var (graph, errors, _) = TranslationGraph.Build(Pages.Config, [Fund, started]);
        Assert.Empty(errors);
        var ru = graph.Nodes.Single().In("ru");
        Assert.Equal(TranslationState.Fallback, ru.State);
        Assert.Same(Fund, ru.Content);
        Assert.Same(started, ru.Started);
        Assert.Same(Fund, graph.Nodes.Single().In("kk").Content); // kk falls back past the unfinished ru to en
        Assert.Null(graph.FindByPath("ru", "initiatives/fund"));
    }

    [Fact]
    public void A_source_renamed_by_hand_is_an_error_naming_both_files_and_the_move_command()
    {
        var moved = File("en", "initiatives/investment-fund.md", "title: Fund\ndescription: D\npriority: p\nstatus: proposed\norder: 1");
        var left = File("ru", "initiatives/fund.md", $"title: Фонд\ndescription: Д\ntranslatedFrom: {Fund.Hash.Value}");
        var (_, errors, notices) = TranslationGraph.Build(Pages.Config, [moved, left]);
        var error = Assert.Single(errors);
        Assert.Equal("input/ru/initiatives/fund.md:1:1: error: This translation's en page input/en/initiatives/fund.md is gone, and input/en/initiatives/investment-fund.md looks like it, moved by hand: "
            + "a moved page loses its translations, its old URL and the links to it. Run 'sccsite move input/en/initiatives/fund.md input/en/initiatives/investment-fund.md': "
            + "it moves the translations too, redirects the old URL and rewrites the links.", error.ToString());
        Assert.Empty(notices);
    }

    [Fact]
    public void A_renamed_source_is_also_recognised_by_its_file_name_when_its_text_changed()
    {
        var moved = File("en", "info/about.md", "title: About\ndescription: Changed since");
        var left = File("ru", "about.md", "title: О сайте\ndescription: Д\ntranslatedFrom: 000000000000");
        var error = Assert.Single(TranslationGraph.Build(Pages.Config, [moved, left]).Errors);
        Assert.Contains("Run 'sccsite move input/en/about.md input/en/info/about.md'", error.ToString());
    }

    [Fact]
    public void A_translation_of_a_deleted_page_stays_an_orphan_notice()
    {
        var initiative = File("en", "initiatives/fund.md", "title: Fund\ndescription: D\npriority: p\nstatus: proposed\norder: 1");
        var (graph, errors, notices) = TranslationGraph.Build(Pages.Config, [initiative, File("ru", "events/fund.md", "title: Фонд\ndescription: Д")]);
        Assert.Empty(errors); // same name, but an event cannot be an initiative moved by hand
        Assert.Single(graph.Orphans);
        Assert.Contains("orphaned translation input/ru/events/fund.md", Assert.Single(notices));
    }
}
