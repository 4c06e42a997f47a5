using System.Text.Json;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>Pagefind builds one index per language. Needs Node.js: skipped locally without it, required in CI.</summary>
public class SearchIndexTests
{
    [Fact]
    public void Search_indexes_exist_for_all_four_languages()
    {
        using var site = new TempSite(Repo.Input);
        var result = site.Build(search: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var skipped = result.Notices.FirstOrDefault(n => n.StartsWith("search skipped", StringComparison.Ordinal));
        if (skipped is not null)
        {
            Assert.False(Snapshot.OnCi, $"Search is required in CI: {skipped}");
            Assert.Skip($"{skipped} Install Node.js 20+ (tests/setup.sh does) to run this test.");
        }
        using var entry = JsonDocument.Parse(site.Read("pagefind/pagefind-entry.json"));
        var languages = entry.RootElement.GetProperty("languages");
        foreach (var language in new[] { "en", "ru", "zh-hans", "kk" })
            Assert.Equal(27, languages.GetProperty(language).GetProperty("page_count").GetInt32());
        foreach (var language in new[] { "en", "ru", "zh", "kk" })
        {
            var search = site.Read($"{language}/search/index.html");
            Assert.Contains("pagefind-ui.js", search);
            Assert.Contains($"action=\"/{language}/search/\"", site.Read($"{language}/index.html"));
        }
        Assert.DoesNotContain("data-pagefind-body", site.Read("en/search/index.html"));
    }

    [Fact]
    public void Without_node_search_is_skipped_with_the_reason()
    {
        using var site = TempSite.Fixture();
        var search = SccSite.Publishing.Search.Find(new SccSite.Engine.BuildPaths(site.Input, site.Theme, site.Output), _ => { }, searchPath: "/nonexistent");
        Assert.False(search.Enabled);
        Assert.Contains("Node.js (node) is not installed", search.Reason);
        var result = SiteBuilder.Build(site.Options() with { Search = search });
        Assert.True(result.Succeeded);
        Assert.Contains(result.Notices, n => n.StartsWith("search skipped: Node.js (node) is not installed", StringComparison.Ordinal));
        Assert.DoesNotContain("role=\"search\"", site.Read("zh/index.html"));
    }

    [Fact]
    public void Without_search_the_site_hides_the_search_box_and_says_why()
    {
        using var site = TempSite.Fixture();
        var result = site.Build();
        Assert.True(result.Succeeded);
        Assert.Contains(result.Notices, n => n.Contains("search skipped") && n.Contains("SCCSITE_SEARCH=off"));
        Assert.DoesNotContain("role=\"search\"", site.Read("en/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "en", "search")));
        Assert.DoesNotContain("/search/", site.Read("en/404.html"));
    }
}
