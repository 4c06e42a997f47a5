using System.Text.Json;
using System.Xml.Linq;
using System.Xml.Schema;
using AngleSharp.Html.Parser;
using SccSite.Publishing;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>Sitemap, feeds, JSON-LD, redirects and URL integrity, on real files built from the fixture.</summary>
public class PublishingTests
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace AtomNs = "http://www.w3.org/2005/Atom";

    [Fact]
    public void The_sitemap_lists_exactly_the_real_pages_with_their_alternates()
    {
        using var site = TempSite.Fixture();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var sitemap = XDocument.Parse(site.Read("sitemap.xml"));
        var listed = sitemap.Descendants(SitemapNs + "loc").Select(l => l.Value).ToList();
        var real = Sitemap.RealPages(result.Model!).Select(p => result.Model!.Config.Absolute(p.Url)).ToList();
        Assert.Equal(real, listed);
        Assert.Equal(9 + 2 + 1, listed.Count); // English pages, the two Russian translations, the Chinese home
        Assert.DoesNotContain("https://fixture.example.org/kk/", listed);
        var home = sitemap.Descendants(SitemapNs + "url").Single(u => u.Element(SitemapNs + "loc")!.Value == "https://fixture.example.org/ru/");
        Assert.Equal(["en", "ru", "zh-Hans", "x-default"], home.Elements().Skip(1).Select(l => (string)l.Attribute("hreflang")!));
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://fixture.example.org/sitemap.xml\n", site.Read("robots.txt"));
    }

    [Fact]
    public void The_sitemap_is_valid_against_the_sitemap_schema()
    {
        using var site = new TempSite(Repo.Input);
        Assert.True(site.Build().Succeeded);
        var schemas = new System.Xml.Schema.XmlSchemaSet();
        schemas.Add("http://www.sitemaps.org/schemas/sitemap/0.9", Path.Combine(Repo.TestsProject, "Schemas", "sitemap.xsd"));
        var problems = new List<string>();
        XDocument.Parse(site.Read("sitemap.xml")).Validate(schemas, (_, e) => problems.Add($"{e.Severity}: {e.Message}"));
        Assert.Empty(problems);
        // The check can fail: an element the schema does not allow is reported.
        var broken = XDocument.Parse(site.Read("sitemap.xml").Replace("<loc>", "<location>").Replace("</loc>", "</location>"));
        var reported = false;
        broken.Validate(schemas, (_, _) => reported = true);
        Assert.True(reported);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://example.org/sco/")]
    public void Every_url_in_pages_sitemap_and_feeds_resolves_to_a_file(string? baseUrl)
    {
        using var site = TempSite.Fixture();
        var result = site.Build(baseUrl);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var config = result.Model!.Config;
        var checkedUrls = 0;
        var broken = new List<string>();
        void Check(string from, string url)
        {
            if (url.StartsWith(config.BaseUrl.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)) url = new Uri(url).AbsolutePath;
            else if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith('#') || url.StartsWith("data:", StringComparison.Ordinal)) return;
            checkedUrls++;
            var path = url.Split('#')[0].Split('?')[0];
            if (!path.StartsWith(config.BasePath, StringComparison.Ordinal)) { broken.Add($"{from}: {url} is outside the base path {config.BasePath}"); return; }
            var relative = Uri.UnescapeDataString(path[config.BasePath.Length..]);
            if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
            if (!File.Exists(Path.Combine(site.Output, relative))) broken.Add($"{from}: {url}");
        }
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
                Check(file, element.GetAttribute("href") ?? element.GetAttribute("src")!);
        }
        foreach (var loc in XDocument.Parse(site.Read("sitemap.xml")).Descendants().Select(e => (string?)e.Attribute("href") ?? (e.Name.LocalName == "loc" ? e.Value : null)).OfType<string>())
            Check("sitemap.xml", loc);
        foreach (var language in new[] { "en", "ru", "zh", "kk" })
            foreach (var link in XDocument.Parse(site.Read($"{language}/feed.xml")).Descendants(AtomNs + "link"))
                Check($"{language}/feed.xml", (string)link.Attribute("href")!);
        Assert.Empty(broken);
        Assert.True(checkedUrls > 500, $"only {checkedUrls} URLs were checked");
    }

    [Fact]
    public void Json_ld_parses_and_survives_a_hostile_title()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/en/events/meeting.md", s => s.Replace("title: The meeting", "title: \"</script><script>alert(1)</script> \\\"quoted\\\" & <b>\""));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var document = new HtmlParser().ParseDocument(site.Read("en/events/meeting/index.html"));
        var script = Assert.Single(document.QuerySelectorAll("script"));
        using var json = JsonDocument.Parse(script.TextContent);
        var graph = json.RootElement.GetProperty("@graph");
        var ev = graph.EnumerateArray().Single(n => n.GetProperty("@type").GetString() == "Event");
        Assert.Equal("</script><script>alert(1)</script> \"quoted\" & <b>", ev.GetProperty("name").GetString());
        Assert.Equal("2024-07-03", ev.GetProperty("startDate").GetString());
        Assert.Equal("2024-07-04", ev.GetProperty("endDate").GetString());
        Assert.Equal("Astana", ev.GetProperty("location").GetProperty("name").GetString());
        Assert.DoesNotContain("</script><script>", script.OuterHtml[..^"</script>".Length]);
        foreach (var language in new[] { "en", "ru", "zh", "kk" })
        {
            using var home = JsonDocument.Parse(new HtmlParser().ParseDocument(site.Read($"{language}/index.html")).QuerySelector("script[type='application/ld+json']")!.TextContent);
            Assert.Equal("WebSite", home.RootElement.GetProperty("@graph")[0].GetProperty("@type").GetString());
        }
    }

    [Fact]
    public void Aliases_become_redirect_pages_in_every_language()
    {
        using var site = TempSite.Fixture();
        Assert.True(site.Build().Succeeded);
        var redirect = new HtmlParser().ParseDocument(site.Read("ru/old-alpha/index.html"));
        Assert.Equal("https://fixture.example.org/ru/priorities/alpha/", redirect.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("0; url=https://fixture.example.org/ru/priorities/alpha/", redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.True(File.Exists(Path.Combine(site.Output, "kk", "priorities", "first", "index.html")));
    }

    [Theory]
    [InlineData("aliases: [../../escape]", "is not a safe path")]
    [InlineData("aliases: [/etc/passwd/..]", "is not a safe path")]
    [InlineData("aliases: [\"https://evil.example/\"]", "is not a safe path")]
    [InlineData("aliases: [about]", "would overwrite en/about/index.html")]
    public void Unsafe_or_colliding_aliases_are_errors(string aliases, string expected)
    {
        using var site = TempSite.Fixture();
        site.Edit("input/en/priorities/alpha.md", s => s.Replace("aliases: [old-alpha, priorities/first]", aliases));
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.File == "input/en/priorities/alpha.md" && e.Message.Contains(expected));
        Assert.All(result.Errors, e => Assert.Equal(5, e.Line)); // the 'aliases' line
    }

    [Fact]
    public void Feeds_are_atom_with_an_entry_per_event_and_are_linked_from_every_page()
    {
        using var site = TempSite.Fixture();
        Assert.True(site.Build().Succeeded);
        var feed = XDocument.Parse(site.Read("kk/feed.xml"));
        Assert.Equal("kk", (string)feed.Root!.Attribute(XNamespace.Xml + "lang")!);
        var entries = feed.Root.Elements(AtomNs + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal("en", (string)entries[0].Attribute(XNamespace.Xml + "lang")!);
        Assert.Contains("2024 жылғы 3–4 шілде", entries[0].Element(AtomNs + "summary")!.Value);
        var head = new HtmlParser().ParseDocument(site.Read("kk/about/index.html")).QuerySelector("link[type='application/atom+xml']")!;
        Assert.Equal("/kk/feed.xml", head.GetAttribute("href"));
    }
}
