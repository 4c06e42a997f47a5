using SccSite.Engine;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Templates;

/// <summary>Templates are checked against the typed views when the theme loads, not on the first page that reaches a bad read.</summary>
public class TemplateCheckerTests
{
    private static System.Collections.Immutable.ImmutableArray<BuildError> Build(Action<TempSite> change)
    {
        using var site = TempSite.Fixture();
        change(site);
        var result = site.Build();
        Assert.False(result.Succeeded, "The build was expected to fail.");
        Assert.False(Directory.Exists(site.Output), "A theme error must stop the build before anything is written.");
        return result.Errors;
    }

    [Fact]
    public void A_misspelt_page_field_fails_at_theme_load_with_its_line_and_a_suggestion()
    {
        var error = Assert.Single(Build(s => s.Edit("theme/layouts/event.html", t => "{{ page.titel }}\n" + t)));
        Assert.Equal(("theme/layouts/event.html", 1, 9), (error.File, error.Line, error.Column));
        Assert.Equal("The template reads 'titel', which the page view does not have.", error.Message);
        Assert.Equal("Did you mean 'title'?", error.Hint);
    }

    [Fact]
    public void A_card_field_that_does_not_exist_fails_in_the_partial_that_reads_it()
    {
        // Only listing pages reach this partial; the check finds it anyway.
        var error = Assert.Single(Build(s => s.Edit("theme/partials/card.html", t => t.Replace("{{ it.title }}", "{{ it.heading }}", StringComparison.Ordinal))));
        Assert.Equal("theme/partials/card.html", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("'heading', which a CardView does not have", error.Message);
    }

    [Fact]
    public void A_field_missing_from_an_object_passed_to_a_partial_is_an_error()
    {
        var errors = Build(s => s.Edit("theme/layouts/section.html", t => t.Replace(", lang: null", "", StringComparison.Ordinal)));
        Assert.Contains(errors, e => e.File == "theme/partials/listing.html" && e.Message.Contains("no 'lang'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_partial_or_variable_is_an_error()
    {
        var errors = Build(s => s.Edit("theme/layouts/page.html", t => t + "\n{{ partial \"cardz\" page }}\n{{ pgae.title }}"));
        Assert.Contains(errors, e => e.Message == "There is no partial 'cardz' in theme/partials/." && e.Hint == "Did you mean 'card'?");
        Assert.Contains(errors, e => e.Message.StartsWith("The template uses 'pgae', which is not defined here.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_field_read_in_the_root_layout_is_checked_against_the_root_view()
    {
        var error = Assert.Single(Build(s => s.Edit("theme/layouts/root.html", t => t.Replace("{{ site.heading }}", "{{ site.home_url }}", StringComparison.Ordinal))));
        Assert.Contains("'home_url', which a RootView does not have", error.Message);
    }

    [Fact]
    public void Partials_may_read_the_layout_s_site_view()
    {
        using var site = TempSite.Fixture();
        site.Edit("theme/partials/language-switcher.html", t => t.Replace("{{ option.url }}", "{{ site.base_path }}{{ option.code }}/", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);
    }

    [Fact]
    public void A_generic_section_lists_its_pages()
    {
        using var site = TempSite.Fixture();
        site.Write("input/en/news/index.md", Pages.Page("title: News\ndescription: All news."));
        site.Write("input/en/news/first.md", Pages.Page("title: First news\ndescription: The first."));
        site.Write("input/en/news/second.md", Pages.Page("title: Second news\ndescription: The second."));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var html = site.Read("ru/news/index.html");
        Assert.Contains("<a href=\"/ru/news/first/\">First news</a>", html);
        Assert.Contains("<a href=\"/ru/news/second/\">Second news</a>", html);
    }
}
