using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SccSite.Content;
using SccSite.Markdown;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Content;

/// <summary>The source hash: what counts as a change of a page's text, and what (a link's target) does not.</summary>
public class SourceHashTests
{
    private static SourceHash Hash(string body, string title = "Title") =>
        SourceHash.Of(FrontMatterParser.Parse(new SourceFile("en", "about.md", "input/en/about.md", Pages.Page($"title: {title}\ndescription: D", body)), true));

    [Fact]
    public void Retargeting_a_link_or_an_image_keeps_the_hash()
    {
        var before = Hash("Read about [the fund](initiatives/fund.md#goals \"The fund\") and ![a map](../static/map.png).\n\n[ref]: old.md");
        var after = Hash("Read about [the fund](priorities/economy/fund.md \"The fund\") and ![a map](<../static/new map.png>).\n\n[ref]: new.md");
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("Read about [the investment fund](initiatives/fund.md).")] // the link text is text
    [InlineData("Read about [the fund](initiatives/fund.md \"Another title\").")] // so is its title
    [InlineData("Read about the fund.")] // a link removed is a change of formatting
    [InlineData("Read about `[the fund](initiatives/other.md)`.")] // code is text, even when it looks like a link
    public void Changing_words_changes_the_hash(string changed)
    {
        Assert.NotEqual(Hash("Read about [the fund](initiatives/fund.md \"The fund\")."), Hash(changed));
    }

    [Fact]
    public void A_link_inside_fenced_code_is_code_not_a_link()
    {
        Assert.NotEqual(Hash("```\n[a](x.md)\n```"), Hash("```\n[a](y.md)\n```"));
    }

    [Fact]
    public void The_title_counts()
    {
        Assert.NotEqual(Hash("Body.", "One"), Hash("Body.", "Two"));
    }

    /// <summary>The scanner removes exactly the destinations Markdig finds, on every page of the real site and the fixture.</summary>
    [Fact]
    public void The_scanner_agrees_with_markdig_on_every_page()
    {
        var pages = Directory.EnumerateFiles(Repo.Input, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Repo.FixtureSite, "input"), "*.md", SearchOption.AllDirectories));
        var checkedLinks = 0;
        foreach (var file in pages)
        {
            var body = File.ReadAllText(file);
            body = body[(body.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
            var ast = MarkdownParser.Parse(body, 1).Ast;
            var spans = ast.Descendants().OfType<LinkInline>().Where(l => !l.IsAutoLink && !l.UrlSpan.IsEmpty).Select(l => l.UrlSpan)
                .Concat(ast.Descendants().OfType<LinkReferenceDefinition>().Where(d => d is not Markdig.Extensions.Footnotes.FootnoteLinkReferenceDefinition).Select(d => d.UrlSpan))
                .OrderByDescending(s => s.Start).ToList();
            var expected = body;
            foreach (var span in spans) expected = expected.Remove(span.Start, span.Length);
            checkedLinks += spans.Count;
            Assert.True(expected == LinkDestinations.Remove(body), $"{file}: the scanner and Markdig disagree:\n{expected}\n----\n{LinkDestinations.Remove(body)}");
        }
        Assert.True(checkedLinks > 100, $"only {checkedLinks} links were checked");
    }
}
