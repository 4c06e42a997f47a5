using System.Security.Cryptography;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>Every user mistake gives file:line:column, exit code 1, no stack trace, and leaves the last output untouched.</summary>
public class ErrorTests
{
    public static TheoryData<string, string, Func<string, string>, string> Mistakes() => new()
    {
        { "malformed YAML", "input/en/about.md", s => s.Replace("title: About the fixture", "title: [About"), "input/en/about.md:3:1: error: Invalid YAML" },
        { "missing required field", "input/en/initiatives/one.md", s => s.Replace("status: planned\n", ""), "input/en/initiatives/one.md:2:1: error: Missing required field 'status'" },
        { "unknown priority", "input/en/initiatives/one.md", s => s.Replace("priority: alpha", "priority: omega"), "input/en/initiatives/one.md:4:1: error: Unknown priority 'omega'" },
        { "broken internal link", "input/en/priorities/alpha.md", s => s.Replace("../initiatives/one.md", "../initiatives/none.md"), "input/en/priorities/alpha.md:8:27: error: The link '../initiatives/none.md' points to a page that does not exist" },
        { "template syntax error", "theme/partials/card.html", s => s.Replace("{{ it.title }}", "{{ it.title "), "theme/partials/card.html:2:" },
        { "unknown config key", "input/site.yml", s => s + "colour: blue\n", "input/site.yml:29:1: error: Unknown key 'colour'" },
        { "contradicting translation", "input/ru/priorities/alpha.md", s => s.Replace("translatedFrom", "order: 2\ntranslatedFrom"), "input/ru/priorities/alpha.md:4:1: error: 'order: 2' contradicts the source page" },
        { "missing UI string", "theme/i18n/kk.yml", s => s.Replace("  skip_link: Негізгі мазмұнға өту\n", ""), "theme/i18n/kk.yml:1:1: error: The UI string 'site.skip_link' is missing" },
        { "unknown place", "input/en/events/meeting.md", s => s.Replace("place: astana", "place: atlantis"), "input/en/events/meeting.md:6:1: error: Unknown place 'atlantis'" },
        { "heading anchor that does not exist", "input/en/index.md", s => s.Replace("#agenda", "#programme"), "input/en/index.md:6:" },
        { "template runtime error", "theme/partials/article.html", s => s.Replace("{{ it.page.content }}", "{{ it.page.no_such_field }}"), "theme/partials/article.html:7:" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_mistake_is_reported_and_the_previous_output_is_kept(string what, string file, Func<string, string> breakIt, string expected)
    {
        using var site = TempSite.Fixture();
        var first = await CliRunner.RunAsync("build", "--input", site.Input, "--output", site.Output, "--theme", site.Theme);
        Assert.Equal(0, first.ExitCode);
        var before = Fingerprint(site.Output);

        site.Edit(file, breakIt);
        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", site.Output, "--theme", site.Theme);

        Assert.True(result.ExitCode == 1, $"{what}: expected exit code 1, got {result.ExitCode}\n{result.Error}");
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Contains("was left untouched", result.Error);
        Assert.Equal(before, Fingerprint(site.Output));
    }

    [Fact]
    public async Task Every_error_is_printed_not_only_the_first()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/en/initiatives/one.md", s => s.Replace("status: planned", "status: dreaming"));
        site.Edit("input/en/events/meeting.md", s => s.Replace("date: \"2024-07-03\"", "date: \"someday\""));
        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", site.Output, "--theme", site.Theme);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/en/initiatives/one.md:5:9: error: Field 'status' has unknown value 'dreaming'", result.Error);
        Assert.Contains("input/en/events/meeting.md:4:7: error: 'date' must be a date", result.Error);
        Assert.Contains("Build failed with 2 errors", result.Error);
    }

    [Fact]
    public async Task An_output_folder_that_holds_the_sources_is_refused()
    {
        using var site = TempSite.Fixture();
        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", site.Root, "--theme", site.Theme);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("would be emptied", result.Error);
        Assert.True(File.Exists(Path.Combine(site.Input, "site.yml")));
    }

    [Fact]
    public async Task A_file_name_that_is_not_a_safe_url_segment_is_refused()
    {
        using var site = TempSite.Fixture();
        site.Write("input/en/bad name.md", "---\ntitle: T\ndescription: D\n---\n");
        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", site.Output, "--theme", site.Theme);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/en/bad name.md:1:1: error: The path segment 'bad name' cannot be used in a URL.", result.Error);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("build", "--ouput", "x");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unrecognized command or argument '--ouput'", result.Error);
        Assert.Contains("--help", result.Error);
    }

    private static string Fingerprint(string folder) => string.Join("\n",
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))} {File.GetLastWriteTimeUtc(f).Ticks}"));
}
