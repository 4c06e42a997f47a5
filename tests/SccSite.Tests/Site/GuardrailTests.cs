using SccSite.Cli;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>
/// Behaviour that once survived a mutation review: each test fails if its guard is removed
/// (strict template variables, a read-only 'check', honest --timings, unknown language folders,
/// translatedFrom on a source page).
/// </summary>
public sealed class GuardrailTests : IDisposable
{
    private readonly TempSite _site = TempSite.Fixture();

    public void Dispose() => _site.Dispose();

    private Task<CliRunner.Result> Cli(params string[] args) =>
        CliRunner.RunAsync([.. args, "--input", _site.Input, "--theme", _site.Theme]);

    [Fact]
    public async Task A_variable_read_before_it_is_set_fails_the_render_at_its_line()
    {
        // The theme checker cannot see this (the name is assigned somewhere); only Scriban's strict variables can.
        _site.Edit("theme/layouts/page.html", text => "{{ if false }}{{ late = 1 }}{{ end }}{{ late }}\n" + text);
        var result = await Cli("build", "--output", _site.Output);
        Assert.Equal(CommandLine.SiteErrors, result.ExitCode);
        Assert.Contains("theme/layouts/page.html:1:", result.Error, StringComparison.Ordinal);
        Assert.Contains("late", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public async Task Check_writes_no_output_anywhere()
    {
        var before = Snapshot(Path.GetTempPath());
        var result = await Cli("check");
        Assert.Equal(CommandLine.SiteErrors, result.ExitCode); // the fixture has a stale and a missing translation
        Assert.Contains("nothing was written", result.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "output")));
        Assert.DoesNotContain(Snapshot(Path.GetTempPath()).Except(before), p => p.Contains("sccsite-check", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Path.GetTempPath(), "sccsite-check-never-written")));
    }

    [Fact]
    public async Task Timings_print_every_phase_and_the_modules()
    {
        var result = await Cli("build", "--output", _site.Output, "--timings");
        Assert.Equal(CommandLine.Ok, result.ExitCode);
        foreach (var phase in new[] { "setup", "read", "transform", "link", "render", "write", "finish", "total" })
            Assert.Matches($@"(?m)^{phase} +\d+ ms$", result.Out);
        Assert.Matches(@"(?m)^Content/Transform/ParseMarkdown +\d+ ms +\d+ MB", result.Out);
        Assert.Matches(@"(?m)^memory: \d+ MB allocated", result.Out);

        var plain = await Cli("build", "--output", _site.Output, "--force");
        Assert.DoesNotMatch(@"(?m)^phase +wall$", plain.Out);
    }

    [Fact]
    public async Task A_language_folder_that_site_yml_does_not_list_is_an_error()
    {
        _site.Write("input/fr/index.md", "---\ntitle: Accueil\ndescription: Page d’accueil.\n---\n\nBonjour.\n");
        var result = await Cli("build", "--output", _site.Output);
        Assert.Equal(CommandLine.SiteErrors, result.ExitCode);
        Assert.Contains("input/fr", result.Error, StringComparison.Ordinal);
        Assert.Contains("is not a configured language", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public async Task TranslatedFrom_on_a_source_language_page_is_an_error_at_its_line()
    {
        _site.Edit("input/en/about.md", text => text.Replace("title:", "translatedFrom: 0123456789ab\ntitle:", StringComparison.Ordinal));
        var result = await Cli("build", "--output", _site.Output);
        Assert.Equal(CommandLine.SiteErrors, result.ExitCode);
        Assert.Contains("input/en/about.md:2:17: error: 'translatedFrom' belongs on translations only.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_with_no_pages_says_so_and_names_the_folder()
    {
        foreach (var language in Directory.EnumerateDirectories(_site.Input).Where(d => Path.GetFileName(d) is "en" or "ru" or "zh" or "kk"))
            Directory.Delete(language, recursive: true);
        var result = await Cli("build", "--output", _site.Output);
        Assert.Equal(CommandLine.SiteErrors, result.ExitCode);
        Assert.Contains("There are no pages: input/en/ holds no Markdown files.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private static HashSet<string> Snapshot(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(p => Path.GetFileName(p))];
}
