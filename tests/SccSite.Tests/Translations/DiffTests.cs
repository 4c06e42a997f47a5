using SccSite.Cli;
using SccSite.Tests.Testing;
using SccSite.Translations;
using Xunit;
using static SccSite.Tests.Translations.TranslationCli;

namespace SccSite.Tests.Translations;

/// <summary>'translations diff FILE': what changed in the source since the version the translation was made from, found in real git history.</summary>
public class DiffTests
{
    private static TempSite Versioned()
    {
        var site = TempSite.Fixture();
        GitRepo.Init(site.Root);
        GitRepo.CommitAll(site.Root, "First version");
        site.Edit("input/en/index.md", s => s.Replace("title: Fixture home", "title: The fixture home")
            .Replace("Welcome. Read about", "Welcome, reader. Read about") + "\nA new closing paragraph.\n");
        GitRepo.CommitAll(site.Root, "Second version");
        site.Edit("input/en/index.md", s => s.Replace("A new closing paragraph.", "A newer closing paragraph."));
        GitRepo.CommitAll(site.Root, "Third version");
        return site;
    }

    [Fact]
    public async Task It_finds_the_version_in_git_history_and_shows_a_word_diff()
    {
        using var site = Versioned();
        var diff = await Run(site, "diff", "input/ru/index.md");
        Assert.True(diff.ExitCode == 0, diff.Error);
        Assert.Matches(@"input/ru/index.md was made from input/en/index.md as of commit [0-9a-f]{7} \(\d{4}-\d\d-\d\d, ""First version""\)", diff.Out);
        Assert.Contains("\ntitle: [-Fixture-]{+The fixture+} home\n", diff.Out);
        Assert.Contains("input/en/index.md:6: changed paragraph\n  [-Welcome.-]{+Welcome, reader.+} Read about the", diff.Out);
        Assert.Contains("input/en/index.md:8: new paragraph\n  {+A newer closing paragraph.+}", diff.Out);
        Assert.DoesNotContain("description:", diff.Out);
    }

    [Fact]
    public async Task It_follows_the_source_through_a_rename()
    {
        using var site = Versioned();
        GitRepo.Git(site.Root, "mv", "input/en/about.md", "input/en/about-us.md");
        site.Write("input/ru/about-us.md", "---\ntitle: О фикстуре\ndescription: Простая страница.\ntranslationKey: about-us\n---\n\nТекст.\n");
        var result = SiteBuilder.Build(site.Options() with { LastPhase = SccSite.Engine.Phase.Link });
        var hash = result.Model!.Find("about-us")!.Source.Hash.Value;
        site.Edit("input/ru/about-us.md", s => s.Replace("---\n\nТекст.", $"translatedFrom: {hash}\n---\n\nТекст."));
        GitRepo.CommitAll(site.Root, "Rename about");
        site.Edit("input/en/about-us.md", s => s.Replace("Footnote here.", "A footnote here."));
        GitRepo.CommitAll(site.Root, "Edit about");

        var diff = await Run(site, "diff", "input/ru/about-us.md");
        Assert.True(diff.ExitCode == 0, diff.Error);
        Assert.Contains("\"Rename about\"", diff.Out);
        Assert.Contains("[-Footnote-]{+A footnote+} here.", diff.Out);
    }

    [Fact]
    public async Task Outside_git_it_says_so_and_shows_the_current_source()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/en/index.md", s => s.Replace("Welcome.", "Welcome, reader."));
        var diff = await Run(site, "diff", "input/ru/index.md");
        Assert.Equal(CommandLine.Ok, diff.ExitCode);
        Assert.Contains("input/en/index.md is not in a git repository (or git is not installed), so the version input/ru/index.md was made from (translatedFrom 03ea7d083c48) cannot be found. The current input/en/index.md:", diff.Out);
        Assert.Contains("title: Fixture home\ndescription: The home page of the fixture site.\n\nWelcome, reader. Read about", diff.Out);
    }

    [Fact]
    public async Task When_no_commit_matches_it_says_so_and_shows_the_current_source()
    {
        using var site = Versioned();
        var diff = await Run(site, "diff", "input/ru/priorities/alpha.md"); // translatedFrom 000000000000 was never a version
        Assert.Equal(CommandLine.Ok, diff.ExitCode);
        Assert.Contains("No committed version of input/en/priorities/alpha.md (1 searched) has translatedFrom 000000000000", diff.Out);
        Assert.Contains("The first priority has an [initiative](../initiatives/one.md).", diff.Out);
    }

    [Fact]
    public async Task A_current_translation_has_nothing_to_show_and_an_unknown_file_is_an_error()
    {
        using var site = TempSite.Fixture();
        Assert.Contains("input/zh/index.md is up to date with input/en/index.md", (await Run(site, "diff", "input/zh/index.md")).Out);
        var unknown = await Run(site, "diff", "input/zh/nothing.md");
        Assert.Equal(CommandLine.SiteErrors, unknown.ExitCode);
        Assert.Contains("input/zh/nothing.md:1:1: error: There is no such file.", unknown.Error);
    }

    [Fact]
    public void Word_diffs_mark_removed_and_added_words()
    {
        Assert.Equal("The [-old fund.-]{+new fund grows.+}", WordDiff.Of("The old fund.", "The new fund grows.", colour: false));
        Assert.Equal("a [-b-] c", WordDiff.Of("a b c", "a c", colour: false));
        Assert.Equal("one {+two+} three", WordDiff.Of("one three", "one two three", colour: false));
        Assert.Equal("\u001b[31m[-a-]\u001b[0m\u001b[32m{+b+}\u001b[0m", WordDiff.Of("a", "b", colour: true));
    }
}
