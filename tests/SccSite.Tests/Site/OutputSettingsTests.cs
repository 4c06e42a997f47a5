using SccSite.Config;
using SccSite.Engine;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>site.yml's 'output' section: kept paths survive builds, GitHub Pages files are written, bad paths are errors.</summary>
public sealed class OutputSettingsTests
{
    private const string Languages = """
        title: T
        baseUrl: https://example.org/
        defaultLanguage: en
        languages:
          - code: en
            name: English
            culture: en-GB
        """;

    private static void AddToSiteYml(TempSite site, string yaml) => site.Edit("input/site.yml", text => text.TrimEnd() + "\n" + yaml);

    [Fact]
    public void Paths_listed_under_output_keep_survive_every_build_and_others_go()
    {
        using var site = TempSite.Fixture();
        AddToSiteYml(site, "output:\n  keep: [.well-known/, archive/2023/]\n");
        Assert.True(site.Build().Succeeded);
        site.Write("output/.well-known/security.txt", "Contact: x");
        site.Write("output/archive/2023/old.html", "old");
        site.Write("output/archive/other.html", "stale");
        var result = SiteBuilder.Build(site.Options() with { Force = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.True(File.Exists(Path.Combine(site.Output, ".well-known/security.txt")));
        Assert.True(File.Exists(Path.Combine(site.Output, "archive/2023/old.html")));
        Assert.False(File.Exists(Path.Combine(site.Output, "archive/other.html")));
    }

    [Fact]
    public void GitHub_pages_gets_nojekyll_and_a_cname_for_a_custom_domain_only()
    {
        using var site = TempSite.Fixture();
        AddToSiteYml(site, "output:\n  githubPages: true\n");
        Assert.True(site.Build().Succeeded);
        Assert.Equal("", site.Read(".nojekyll"));
        Assert.Equal("fixture.example.org\n", site.Read("CNAME"));

        var onGitHub = site.Build(baseUrl: "https://owner.github.io/sco/");
        Assert.True(onGitHub.Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, ".nojekyll")));
        Assert.True(File.Exists(Path.Combine(site.Output, "CNAME"))); // a CNAME we did not write this time is never deleted
        Assert.DoesNotContain("CNAME", onGitHub.Written!.Changed);
    }

    [Fact]
    public void Without_the_setting_no_pages_files_are_written()
    {
        using var site = TempSite.Fixture();
        Assert.True(site.Build().Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, ".nojekyll")));
        Assert.False(File.Exists(Path.Combine(site.Output, "CNAME")));
    }

    [Theory]
    [InlineData("../outside/", "leaves the output folder", 10)]
    [InlineData("/etc/", "is absolute", 10)]
    [InlineData("a/../../b", "leaves the output folder", 10)]
    [InlineData("C:/x", "is absolute", 10)]
    [InlineData("/", "is empty or the whole folder", 10)]
    public void A_kept_path_outside_the_folder_is_an_error_at_its_line(string path, string problem, int line)
    {
        var errors = Assert.Throws<BuildException>(() => SiteConfigLoader.Parse(Languages + $"\noutput:\n  keep:\n    - \"{path}\"\n", "input/site.yml")).Errors;
        var error = Assert.Single(errors);
        Assert.Equal(("input/site.yml", line), (error.File, error.Line));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_output_key_is_an_error()
    {
        var errors = Assert.Throws<BuildException>(() => SiteConfigLoader.Parse(Languages + "\noutput:\n  clean: false\n", "input/site.yml")).Errors;
        Assert.Contains(errors, e => e.Line == 9 && e.Message.Contains("clean", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://sco.example.org/", "sco.example.org\n")]
    [InlineData("https://owner.github.io/repo/", null)]
    [InlineData("http://127.0.0.1:5080/", null)]
    public void The_cname_is_the_custom_host(string baseUrl, string? cname) => Assert.Equal(cname, OutputSettings.CnameFor(new Uri(baseUrl)));
}
