using SccSite.Engine;
using SccSite.Tests.Testing;
using SccSite.Yaml;
using Xunit;

namespace SccSite.Tests.Yaml;

/// <summary>YAML that could blow up (alias expansion, deep nesting) is an error at its line, before it is loaded.</summary>
public class YamlLimitsTests
{
    private static List<BuildError> Errors(string yaml, int lineOffset = 0)
    {
        var errors = new List<BuildError>();
        Assert.Null(YamlMap.Parse(yaml, "input/site.yml", lineOffset, errors));
        return errors;
    }

    [Fact]
    public void Billion_laughs_is_refused_at_its_first_anchor()
    {
        var laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" +
            string.Concat(Enumerable.Range(1, 9).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 9))}]\n"));
        Assert.Equal(
            "input/site.yml:1:4: error: YAML anchors (&a) are not allowed here. Write the value out in full: settings and front matter are small enough not to need anchors and aliases.",
            Assert.Single(Errors(laughs)).ToString());
    }

    [Fact]
    public void An_alias_and_a_merge_key_are_refused_at_their_line()
    {
        Assert.Contains("input/site.yml:3:5: error: YAML aliases (*base) are not allowed here.", Errors("x: 1\ny: 2\nz: [*base]\n").Single().ToString());
        Assert.Contains("input/site.yml:5:5: error: YAML anchors (&base)", Errors("x: 1\n\nlanguages:\n  - code: en\n  - &base\n    code: ru\n").Single().ToString());
        Assert.Contains("input/site.yml:4:11: error: YAML aliases (*a)", Errors("a: 1\nb:\n  c: 2\n  <<: [1, *a]\n").Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_lines_count_from_the_top_of_the_file()
    {
        var error = Assert.Single(Errors("title: &t Hello\ndescription: *t\n", lineOffset: 1));
        Assert.Equal((2, 8), (error.Line, error.Column));
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(33)]
    public void Deep_nesting_is_an_error_not_a_stack_overflow(int depth)
    {
        var deep = "key: " + new string('[', depth) + new string(']', depth) + "\n";
        Assert.Equal(
            "input/site.yml:1:37: error: The YAML nests deeper than 32 levels. Flatten it: settings and front matter need only a few levels.",
            Assert.Single(Errors(deep)).ToString());
    }

    [Fact]
    public void Nesting_within_the_limit_still_loads()
    {
        var errors = new List<BuildError>();
        Assert.NotNull(YamlMap.Parse("key: " + new string('[', 31) + new string(']', 31) + "\n", "input/site.yml", 0, errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void Block_nesting_is_counted_too()
    {
        var deep = string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "k:\n")) + new string(' ', 80) + "x\n";
        Assert.Contains("input/site.yml:33:", Assert.Single(Errors(deep)).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_in_front_matter_fails_the_build_at_its_line()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/en/about.md", s => s.Replace("title: About the fixture", "title: &t About the fixture").Replace("description: A plain page.", "description: *t"));
        var result = site.Build();
        Assert.Equal("input/en/about.md:2:8: error: YAML anchors (&t) are not allowed here. Write the value out in full: settings and front matter are small enough not to need anchors and aliases.",
            Assert.Single(result.Errors).ToString());
    }
}
