using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>'draft: true' pages: shown (with a banner) when drafts are included, left out of a published build with everything that lists them.</summary>
public class DraftTests
{
    private static TempSite WithDraft()
    {
        var site = TempSite.Fixture();
        site.Write("input/en/events/draft-talk.md", Pages.Page("title: Draft talk\ndescription: Not yet.\ndate: \"2024-05-01\"\ndraft: true"));
        site.Write("input/ru/events/draft-talk.md", Pages.Page("title: Черновик\ndescription: Ещё нет."));
        return site;
    }

    [Fact]
    public void A_build_leaves_drafts_out_of_pages_listings_sitemap_and_feeds_and_says_so()
    {
        using var site = WithDraft();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "en", "events", "draft-talk")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "ru", "events", "draft-talk")));
        Assert.DoesNotContain("draft-talk", site.Read("en/events/index.html"));
        Assert.DoesNotContain("draft-talk", site.Read("sitemap.xml"));
        Assert.DoesNotContain("draft-talk", site.Read("en/feed.xml"));
        Assert.Contains(result.Notices, n => n.StartsWith("2 draft files left out (input/en/events/draft-talk.md, input/ru/events/draft-talk.md)", StringComparison.Ordinal));
    }

    [Fact]
    public void With_drafts_included_the_page_is_built_with_a_banner_in_every_language()
    {
        using var site = WithDraft();
        var result = SiteBuilder.Build(site.Options() with { IncludeDrafts = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Contains("notice-draft", site.Read("en/events/draft-talk/index.html"));
        Assert.Contains("Черновик.", site.Read("ru/events/draft-talk/index.html"));
        Assert.Contains("draft-talk", site.Read("en/events/index.html"));
        Assert.DoesNotContain("notice-draft", site.Read("en/about/index.html"));
    }

    [Fact]
    public void A_translation_marked_draft_is_a_fallback_until_it_is_ready()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/ru/priorities/alpha.md", s => s.Replace("title:", "draft: true\ntitle:", StringComparison.Ordinal));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(SccSite.Content.TranslationState.Fallback, result.Model!.Find("priorities/alpha")!.In("ru").State);
    }

    [Fact]
    public void A_published_page_linking_to_a_draft_fails_the_build_at_the_link()
    {
        using var site = WithDraft();
        site.Edit("input/en/about.md", s => s + "\nSee [the talk](events/draft-talk.md).\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.File == "input/en/about.md" && e.Message.Contains("'events/draft-talk.md' points to a page that does not exist", StringComparison.Ordinal));
    }
}
