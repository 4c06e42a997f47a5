using SccSite.Content;
using SccSite.Modules;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Modules;

public class ParseFrontMatterTests
{
    [Fact]
    public void Reads_typed_fields_for_an_event()
    {
        var doc = Pages.Source("en", "events/summit.md", Pages.Page("title: Summit\ndescription: D\ndate: \"2024-07-03\"\nendDate: \"2024-07-04\"\nplace: astana"));
        var meta = ModuleRunner.Run(new ParseFrontMatter(), Pages.Context(), doc).Single().Get<FrontMatter>();
        Assert.Equal(PageKind.Event, meta.Kind);
        Assert.Equal(new EventFacts(new PartialDate(2024, 7, 3), new PartialDate(2024, 7, 4), "astana", null), meta.Facts);
        Assert.Equal(8, meta.BodyLine);
    }

    [Fact]
    public void A_missing_required_field_names_the_file_and_the_field()
    {
        var doc = Pages.Source("en", "initiatives/fund.md", Pages.Page("title: Fund\ndescription: D\norder: 1"));
        var error = Assert.Single(ModuleRunner.Errors(new ParseFrontMatter(), Pages.Context(), doc));
        Assert.Equal("input/initiatives/fund.md".Replace("input/", "input/en/"), error.File);
        Assert.Contains("Missing required field 'status'", error.Message);
    }

    [Fact]
    public void Malformed_yaml_gives_the_line_and_column_in_the_file()
    {
        var doc = Pages.Source("en", "about.md", "---\ntitle: About\ndescription: [unclosed\n---\nBody");
        var error = Assert.Single(ModuleRunner.Errors(new ParseFrontMatter(), Pages.Context(), doc));
        Assert.Equal("input/en/about.md", error.File);
        Assert.True(error.Line >= 3, $"line {error.Line} should point into the front matter after line 2");
        Assert.StartsWith("Invalid YAML", error.Message);
    }

    [Fact]
    public void An_unknown_key_is_rejected_with_the_allowed_keys()
    {
        var doc = Pages.Source("en", "priorities/energy.md", Pages.Page("title: Energy\ndescription: D\norder: 3\ncolour: red"));
        var error = Assert.Single(ModuleRunner.Errors(new ParseFrontMatter(), Pages.Context(), doc));
        Assert.Equal((5, 1), (error.Line, error.Column));
        Assert.Contains("Unknown key 'colour'", error.Message);
        Assert.Contains("order", error.Hint);
    }

    [Theory]
    [InlineData("date: \"2024-13-01\"", "'date' must be a date")]
    [InlineData("date: \"2024-02-30\"", "'date' must be a date")]
    [InlineData("date: \"2024-07-03\"\nendDate: \"2024-07-01\"", "is before date")]
    public void Bad_dates_are_explained(string fields, string expected)
    {
        var doc = Pages.Source("en", "events/x.md", Pages.Page("title: X\ndescription: D\n" + fields));
        Assert.Contains(ModuleRunner.Errors(new ParseFrontMatter(), Pages.Context(), doc), e => e.Message.Contains(expected));
    }

    [Fact]
    public void A_page_without_front_matter_says_how_to_add_it()
    {
        var error = Assert.Single(ModuleRunner.Errors(new ParseFrontMatter(), Pages.Context(), Pages.Source("en", "about.md", "Just text")));
        Assert.Contains("no front matter", error.Message);
        Assert.Contains("---", error.Hint);
    }

    [Fact]
    public void Translations_may_omit_language_neutral_fields()
    {
        var doc = Pages.Source("ru", "events/summit.md", Pages.Page("title: Саммит\ndescription: Д\ntranslatedFrom: abc"));
        var meta = ModuleRunner.Run(new ParseFrontMatter(), Pages.Context(), doc).Single().Get<FrontMatter>();
        Assert.Null(meta.Facts);
        Assert.Equal("abc", meta.Text.TranslatedFrom);
    }
}
