using SccSite.Tests.Testing;
using SccSite.Translations.Xliff;
using Xunit;

namespace SccSite.Tests.Translations;

/// <summary>How a page is cut into translation units and inline codes: exactly, on every page of the real site and the fixture.</summary>
public class PageUnitsTests
{
    public static TheoryData<string> AllPages()
    {
        var pages = new TheoryData<string>();
        foreach (var folder in new[] { Repo.Input, Path.Combine(Repo.FixtureSite, "input") })
            foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                pages.Add(Path.GetRelativePath(Repo.Root, file));
        return pages;
    }

    [Theory]
    [MemberData(nameof(AllPages))]
    public void Units_give_back_their_markdown_and_protect_every_link(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, file));
        var page = PageUnits.Of(text);
        Assert.Equal(["title", "description"], page.Front.Select(u => u.Kind));
        foreach (var unit in page.Body)
        {
            Assert.Equal(text[unit.From..unit.To], unit.Markdown);
            if (unit.Markdown.Contains("](", StringComparison.Ordinal))
                Assert.True(unit.Pieces.Any(p => p is Pair), $"{file} {unit.Id}: a link was left as text: {unit.Markdown}");
        }
    }

    [Fact]
    public void Headings_paragraphs_cells_and_notes_are_units_and_inline_markdown_is_codes()
    {
        var page = PageUnits.Of("---\ntitle: T\ndescription: D\n---\n\n## A *big* heading\n\nSee `code` and [a **bold** link](x.md \"t\").[^1]\nNext line.\n\n| one | two |\n| --- | --- |\n| 1 | 2 |\n\n- an item\n\n[^1]: A note.\n");
        Assert.Equal(["h2", "p", "cell", "cell", "cell", "cell", "item", "note"], page.Shape);
        var paragraph = page.Body[1].Pieces;
        Assert.Equal(new TextPiece("See "), paragraph[0]);
        Assert.Equal(new Code("`code`", "other"), paragraph[1]);
        var link = Assert.IsType<Pair>(paragraph[3]);
        Assert.Equal(("[", "](x.md \"t\")", "link"), (link.Start, link.End, link.Type));
        Assert.Equal("**", Assert.IsType<Pair>(link.Inner[1]).Start);
        Assert.Contains(paragraph, p => p is Code { Data: "[^1]\n" }); // neighbouring codes (the note mark, the line break) are one placeholder
        var lines = PageUnits.Of("---\ntitle: T\ndescription: D\n---\none\ntwo\n").Body.Single().Pieces;
        Assert.Equal([new TextPiece("one"), new Code("\n", "fmt", "xlf:lb"), new TextPiece("two")], lines);
        Assert.Equal("See  and a bold link.\nNext line.".Replace("\n", ""), Piece.Plain(paragraph).Replace("\n", ""));
    }
}
