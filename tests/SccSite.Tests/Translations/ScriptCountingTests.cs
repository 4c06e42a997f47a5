using SccSite.Markdown;
using SccSite.Tests.Testing;
using SccSite.Translations;
using Xunit;

namespace SccSite.Tests.Translations;

/// <summary>The build counts scripts over the parsed tree; it must agree with counting the readable text blocks.</summary>
public class ScriptCountingTests
{
    [Theory]
    [MemberData(nameof(PageUnitsTests.AllPages), MemberType = typeof(PageUnitsTests))]
    public void Counting_the_tree_equals_counting_the_text_blocks(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, file)).ReplaceLineEndings("\n");
        var body = text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..]; // after the front matter
        var ast = MarkdownParser.Parse(body, 1).Ast;
        var fromBlocks = Scripts.Count(ReadableText.Blocks(ast, 1).Select(b => b.Text));
        var fromTree = ReadableText.CountScripts(ast);
        Assert.Equal(fromBlocks.Total, fromTree.Total);
        foreach (var script in Enum.GetValues<Script>()) Assert.Equal(fromBlocks[script], fromTree[script]);
    }

    [Theory]
    [InlineData("Ка**зах**стан and `code` [link text](x.md)", 4)] // one Cyrillic word across emphasis, code left out, link text in
    [InlineData("中文 text\\\nмир", 4)]
    public void Pieces_of_one_word_count_once(string body, int total) =>
        Assert.Equal(total, ReadableText.CountScripts(MarkdownParser.Parse(body, 1).Ast).Total);
}
