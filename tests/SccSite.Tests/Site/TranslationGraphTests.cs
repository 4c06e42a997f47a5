using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SccSite.Content;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>The multilingual output, checked on the built fixture: states, alternates, switcher, fallback, notices.</summary>
public class TranslationGraphTests : IClassFixture<TranslationGraphTests.Built>
{
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Site = TempSite.Fixture();
            Result = Site.Build();
        }

        public TempSite Site { get; }
        public BuildResult Result { get; }
        public SiteModel Model => Result.Model!;

        public IDocument Html(string path) => new HtmlParser().ParseDocument(Site.Read(path));

        public void Dispose() => Site.Dispose();
    }

    private readonly Built _site;

    public TranslationGraphTests(Built site)
    {
        _site = site;
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Errors));
    }

    private IEnumerable<string> AllPages() =>
        Directory.EnumerateFiles(_site.Site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Site.Output, f).Replace('\\', '/'))
            .Where(p => p != "index.html" && !_site.Site.Read(p).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Each_page_has_the_state_the_translation_graph_gives_it()
    {
        TranslationState State(string lang, string key) => _site.Model.Find(key)!.In(lang).State;
        Assert.Equal(TranslationState.Original, State("en", "index"));
        Assert.Equal(TranslationState.Current, State("ru", "index"));
        Assert.Equal(TranslationState.Stale, State("ru", "priorities/alpha"));
        Assert.Equal(TranslationState.Fallback, State("ru", "about"));
        Assert.Equal(TranslationState.Fallback, State("kk", "index"));
        Assert.Equal("ru", _site.Model.Find("index")!.In("kk").ContentLanguage.Code);
        Assert.Equal("en", _site.Model.Find("about")!.In("kk").ContentLanguage.Code);
        Assert.Equal(["input/kk/orphan.md"], _site.Model.Orphans.Select(o => o.DisplayPath));
    }

    [Fact]
    public void Alternates_are_reciprocal_and_point_only_at_real_pages()
    {
        var config = _site.Model.Config;
        var announced = new Dictionary<string, HashSet<string>>();
        foreach (var page in AllPages())
        {
            var url = config.Absolute(config.BasePath + page[..^"index.html".Length]);
            var alternates = _site.Html(page).QuerySelectorAll("link[rel=alternate][hreflang]")
                .Where(l => l.GetAttribute("hreflang") != "x-default").Select(l => l.GetAttribute("href")!).ToHashSet();
            announced[url] = alternates;
        }
        foreach (var (url, alternates) in announced.Where(a => a.Value.Count > 0))
        {
            Assert.Contains(url, alternates);
            foreach (var other in alternates)
            {
                Assert.True(announced.ContainsKey(other), $"{url} announces {other}, which was not written");
                Assert.True(announced[other].SetEquals(alternates), $"{url} and {other} announce different alternates");
            }
        }
        Assert.Equal(["https://fixture.example.org/en/", "https://fixture.example.org/ru/", "https://fixture.example.org/zh/"], announced["https://fixture.example.org/en/"].Order());
    }

    [Fact]
    public void Fallback_pages_are_not_alternates_and_point_their_canonical_at_the_source()
    {
        var kkHome = _site.Html("kk/index.html");
        Assert.Empty(kkHome.QuerySelectorAll("link[rel=alternate][hreflang]"));
        Assert.Equal("https://fixture.example.org/ru/", kkHome.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("ru", kkHome.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("kk", kkHome.DocumentElement.GetAttribute("lang"));
        var notice = kkHome.QuerySelector(".notice-fallback")!;
        Assert.Null(notice.GetAttribute("lang"));
        Assert.Contains("қазақ тіліне аударылмаған", notice.TextContent);
        Assert.Contains("Негізгі мәзір", kkHome.QuerySelector("nav.site-nav")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void A_stale_translation_shows_a_notice_linking_to_the_original()
    {
        var page = _site.Html("ru/priorities/alpha/index.html");
        var link = page.QuerySelector(".notice-stale a")!;
        Assert.Equal("/en/priorities/alpha/", link.GetAttribute("href"));
        Assert.Equal("en", link.GetAttribute("lang"));
        Assert.Empty(_site.Html("ru/index.html").QuerySelectorAll(".notice"));
    }

    [Fact]
    public void Every_switcher_link_leads_to_the_same_page_in_that_language()
    {
        foreach (var page in AllPages())
        {
            var key = page[(page.IndexOf('/') + 1)..];
            var links = _site.Html(page).QuerySelectorAll(".language-switcher a").ToList();
            Assert.Equal(["en", "ru", "zh-Hans", "kk"], links.Select(l => l.GetAttribute("lang")));
            foreach (var link in links)
            {
                var target = link.GetAttribute("href")!.TrimStart('/') + "index.html";
                Assert.True(File.Exists(Path.Combine(_site.Site.Output, target)), $"{page}: switcher link {target} does not exist");
                Assert.Equal(key, target[(target.IndexOf('/') + 1)..]);
            }
            Assert.Single(links, l => l.GetAttribute("aria-current") == "true");
        }
    }

    [Theory]
    [InlineData("en/index.html", "en", "en_GB")]
    [InlineData("ru/index.html", "ru", "ru_RU")]
    [InlineData("zh/index.html", "zh-Hans", "zh_CN")]
    [InlineData("kk/index.html", "kk", "kk_KZ")]
    public void Lang_hreflang_and_og_locale_follow_the_configuration(string page, string lang, string ogLocale)
    {
        var html = _site.Html(page);
        Assert.Equal(lang, html.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", html.DocumentElement.GetAttribute("dir"));
        Assert.Equal(ogLocale, html.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal("https://fixture.example.org/en/", _site.Html("zh/index.html").QuerySelector("link[hreflang=x-default]")!.GetAttribute("href"));
        Assert.NotNull(_site.Html("en/index.html").QuerySelector("link[hreflang=zh-Hans]"));
    }

    [Fact]
    public void Links_inside_fallback_content_stay_in_the_reader_s_language()
    {
        var links = _site.Html("kk/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/kk/priorities/alpha/", "/kk/events/meeting/"], links);
    }
}
