using SccSite.Markdown;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Markdown;

/// <summary>Markdown past a limit (nesting, headings, links) is an error at its line, never a crash or a hang.</summary>
public class MarkdownLimitsTests
{
    private static MarkdownProblem Problem(string body, int firstLine = 6) =>
        Assert.Throws<MarkdownLimitException>(() => MarkdownParser.Parse(body, firstLine)).Problem;

    [Fact]
    public void The_pipeline_sets_its_nesting_limit_explicitly() =>
        Assert.Equal(MarkdownPipelineFactory.MaxNestingDepth, MarkdownPipelineFactory.Shared.MaximumNestingDepth);

    [Fact]
    public void Five_thousand_block_quotes_are_a_problem_at_their_line()
    {
        var problem = Problem("Intro.\n\n" + new string('>', 5000) + " deep\n");
        Assert.Equal(8, problem.Line);
        Assert.Equal($"The Markdown nests deeper than {MarkdownPipelineFactory.MaxNestingDepth} levels.", problem.Message);
        Assert.InRange(problem.Column, 100, 200);
    }

    [Fact]
    public void Five_thousand_nested_brackets_are_a_problem_at_their_line()
    {
        var problem = Problem("Intro.\n\nText " + new string('[', 5000) + "x\n");
        Assert.Equal(8, problem.Line);
        Assert.InRange(problem.Column, 100, 200);
    }

    [Fact]
    public void Deeply_nested_lists_are_a_problem_too() =>
        Assert.InRange(Problem(string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- a\n"))).Line, 7, 6 + 300);

    [Fact]
    public void Nesting_within_the_limit_renders()
    {
        var tree = MarkdownParser.Parse(new string('>', 100) + " fine\n\n" + new string('[', 100) + "x" + new string(']', 100), 1);
        var html = BodyTemplate.Render(tree, _ => false, "n").Fill(u => u);
        Assert.Contains("fine", html);
    }

    [Fact]
    public void Around_the_limit_a_body_either_renders_or_is_a_problem_never_a_crash()
    {
        foreach (var depth in Enumerable.Range(MarkdownPipelineFactory.MaxNestingDepth - 8, 16))
        {
            foreach (var body in new[] { new string('[', depth) + "x", new string('>', depth) + " x", "a " + new string('[', depth) + "x" + new string(']', depth) + "(u)" })
            {
                MarkdownTree tree;
                try
                {
                    tree = MarkdownParser.Parse(body, 1);
                }
                catch (MarkdownLimitException)
                {
                    continue;
                }
                Assert.NotNull(BodyTemplate.Render(tree, _ => false, "n").Fill(u => u));
            }
        }
    }

    [Fact]
    public void Too_many_headings_are_refused_before_parsing()
    {
        var problem = Problem(string.Concat(Enumerable.Repeat("# Same\n", MarkdownLimits.MaxHeadings + 1)), firstLine: 5);
        Assert.Equal(5 + MarkdownLimits.MaxHeadings, problem.Line);
        Assert.Equal("The page has more than 5,000 headings.", problem.Message);
    }

    [Fact]
    public void Too_many_links_are_refused_at_the_first_one_past_the_limit()
    {
        var problem = Problem(string.Concat(Enumerable.Range(0, MarkdownLimits.MaxLinks + 1).Select(i => $"[a](p{i}.md)\n")), firstLine: 5);
        Assert.Equal(5 + MarkdownLimits.MaxLinks, problem.Line);
        Assert.Equal(1, problem.Column);
    }

    [Fact]
    public async Task A_page_with_5000_block_quotes_fails_the_build_with_exit_1()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/en/about.md", s => s.Replace("Footnote here.[^1]", new string('>', 5000) + " deep"));
        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", site.Output, "--theme", site.Theme);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/en/about.md:14:128: error:", result.Error);
        Assert.Contains($"error: The Markdown nests deeper than {MarkdownPipelineFactory.MaxNestingDepth} levels.", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
