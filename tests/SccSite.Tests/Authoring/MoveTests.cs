using SccSite.Authoring;
using SccSite.Cli;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Authoring;

/// <summary>'move OLD NEW': the page, its translations, a redirect from the old URL and every link, without staling a translation.</summary>
public class MoveTests
{
    private static Task<CliRunner.Result> Move(TempSite site, params string[] args) => CliRunner.RunAsync(["move", .. args, "--input", site.Input]);

    private static Task<CliRunner.Result> Check(TempSite site) => CliRunner.RunAsync("check", "--input", site.Input, "--theme", site.Theme);

    private static string Snapshot(TempSite site) => string.Join("\n", Directory.EnumerateFiles(site.Input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        .Select(f => $"{Path.GetRelativePath(site.Input, f)}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}"));

    [Fact]
    public async Task Moving_an_initiative_of_the_real_site_keeps_check_passing_and_redirects_the_old_url_in_every_language()
    {
        using var site = new TempSite(Repo.Input);
        var ruBefore = File.ReadAllText(Path.Combine(site.Input, "ru", "initiatives", "investment-fund.md"));
        var move = await Move(site, "input/en/initiatives/investment-fund.md", "input/en/initiatives/joint-investment-fund.md");
        Assert.True(move.ExitCode == 0, move.Error);
        Assert.Contains("moved input/en/initiatives/investment-fund.md → input/en/initiatives/joint-investment-fund.md (alias 'initiatives/investment-fund' added", move.Out);
        Assert.Contains("moved input/kk/initiatives/investment-fund.md → input/kk/initiatives/joint-investment-fund.md", move.Out);
        Assert.Contains("updated input/zh/priorities/economy-and-trade.md, 1 link rewritten", move.Out);
        Assert.Equal(ruBefore, File.ReadAllText(Path.Combine(site.Input, "ru", "initiatives", "joint-investment-fund.md"))); // no link of its own changed place

        var check = await Check(site);
        Assert.True(check.ExitCode == 0, check.Out + check.Error);
        Assert.DoesNotContain("stale:", check.Out);

        var build = SiteBuilder.Build(site.Options());
        Assert.True(build.Succeeded, string.Join("\n", build.Errors));
        foreach (var language in new[] { "en", "ru", "zh", "kk" })
        {
            Assert.Contains("<html", site.Read($"{language}/initiatives/joint-investment-fund/index.html"));
            var redirect = site.Read($"{language}/initiatives/investment-fund/index.html");
            Assert.Contains($"<meta http-equiv=\"refresh\" content=\"0; url=https://sco-chairmanship.example.org/{language}/initiatives/joint-investment-fund/\">", redirect);
            Assert.Contains($"href=\"/{language}/initiatives/joint-investment-fund/\"", site.Read($"{language}/priorities/economy-and-trade/index.html"));
        }
    }

    [Fact]
    public async Task A_translation_matched_by_translation_key_keeps_its_path_and_gets_the_new_key()
    {
        using var site = TempSite.Fixture();
        site.Write("input/en/guide.md", "---\ntitle: Guide\ndescription: How to read the site.\n---\n\nSee the [home page](index.md) and ![a block](../static/images/block.png).\n");
        site.Write("input/ru/rukovodstvo.md", "---\ntitle: Руководство\ndescription: Как читать сайт.\ntranslationKey: guide\n---\n\nСм. [главную](index.md) и [руководство](guide.md).\n");
        var move = await Move(site, "guide", "help/guide");
        Assert.True(move.ExitCode == 0, move.Error);
        Assert.Contains("updated input/ru/rukovodstvo.md: translationKey guide → help/guide, 1 link rewritten", move.Out);
        Assert.Contains("translationKey: help/guide\n", File.ReadAllText(Path.Combine(site.Input, "ru", "rukovodstvo.md")));
        Assert.Contains("[руководство](help/guide.md)", File.ReadAllText(Path.Combine(site.Input, "ru", "rukovodstvo.md")));
        var guide = File.ReadAllText(Path.Combine(site.Input, "en", "help", "guide.md"));
        Assert.Contains("aliases: [guide]\n---", guide);
        Assert.Contains("See the [home page](../index.md) and ![a block](../../static/images/block.png).", guide); // its own links follow it
        var build = SiteBuilder.Build(site.Options());
        Assert.True(build.Succeeded, string.Join("\n", build.Errors));
        Assert.Contains("Руководство", site.Read("ru/rukovodstvo/index.html"));
        Assert.Contains("url=https://fixture.example.org/en/help/guide/", site.Read("en/guide/index.html"));
    }

    [Fact]
    public async Task A_page_the_theme_names_moves_with_a_warning_pointing_at_the_template()
    {
        using var site = TempSite.Fixture();
        var move = await CliRunner.RunAsync("move", "about", "info/about", "--input", site.Input, "--theme", site.Theme);
        Assert.Equal(CommandLine.Ok, move.ExitCode);
        Assert.Matches(@"theme/layouts/base.html:\d+:\d+: warning: The theme names the page 'about'; the build fails until it says 'info/about'.", move.Error);
    }

    [Theory]
    [InlineData("input/en/about.md", "input/en/index.md", "input/en/index.md:1:1: error: A page already exists here; 'move' never overwrites a file.")]
    [InlineData("input/en/events/meeting.md", "input/en/initiatives/meeting.md", "input/en/initiatives/meeting.md:1:1: error: The page would change kind, from Event to Initiative")]
    [InlineData("input/en/nothing.md", "input/en/else.md", "input/en/nothing.md:1:1: error: There is no such page.")]
    [InlineData("input/en/events/index.md", "input/en/events/all.md", "input/en/events/index.md:1:1: error: A home or section index page cannot be moved.")]
    public async Task It_refuses_and_writes_nothing(string from, string to, string error)
    {
        using var site = TempSite.Fixture();
        var before = Snapshot(site);
        var move = await Move(site, from, to);
        Assert.Equal(CommandLine.SiteErrors, move.ExitCode);
        Assert.Contains(error, move.Error);
        Assert.Contains("Nothing was written.", move.Error);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public async Task It_refuses_to_overwrite_a_translation_in_the_way()
    {
        using var site = TempSite.Fixture();
        site.Write("input/ru/priorities/beta.md", "---\ntitle: Бета\ndescription: Д\n---\n\nТекст.\n");
        var before = Snapshot(site);
        var move = await Move(site, "priorities/alpha", "priorities/beta");
        Assert.Contains("input/ru/priorities/beta.md:1:1: error: A page already exists here, where the translation input/ru/priorities/alpha.md would move", move.Error);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public async Task A_page_moved_by_hand_is_an_error_that_names_move_and_move_finishes_the_job()
    {
        using var site = TempSite.Fixture();
        var meeting = Path.Combine(site.Input, "en", "events", "meeting.md");
        var hash = SccSite.Content.SourceHash.Of(SccSite.Content.FrontMatterParser.Parse(new("en", "events/meeting.md", "input/en/events/meeting.md", File.ReadAllText(meeting)), true)).Value;
        site.Write("input/ru/events/meeting.md", $"---\ntitle: Встреча\ndescription: Двухдневная встреча.\ntranslatedFrom: {hash}\n---\n\n## Повестка\n\nДва дня переговоров.\n");
        File.Move(meeting, Path.Combine(site.Input, "en", "events", "summit.md"));
        var check = await Check(site);
        Assert.Contains("input/ru/events/meeting.md:1:1: error: This translation's en page input/en/events/meeting.md is gone, and input/en/events/summit.md looks like it", check.Error);
        Assert.Contains("Run 'sccsite move input/en/events/meeting.md input/en/events/summit.md'", check.Error);

        var move = await Move(site, "input/en/events/meeting.md", "input/en/events/summit.md");
        Assert.True(move.ExitCode == 0, move.Error);
        Assert.Contains("input/en/events/summit.md was moved by hand from input/en/events/meeting.md: finishing the move", move.Out);
        Assert.Contains("moved input/ru/events/meeting.md → input/ru/events/summit.md", move.Out);
        Assert.Contains("updated input/en/index.md, 1 link rewritten", move.Out);
        var build = SiteBuilder.Build(site.Options());
        Assert.True(build.Succeeded, string.Join("\n", build.Errors));
        Assert.Contains("href=\"/en/events/summit/#agenda\"", site.Read("en/index.html"));
    }

    [Fact]
    public async Task Dry_run_lists_the_changes_and_writes_nothing()
    {
        using var site = TempSite.Fixture();
        var before = Snapshot(site);
        var move = await Move(site, "priorities/alpha", "priorities/first-priority", "--dry-run");
        Assert.Equal(CommandLine.Ok, move.ExitCode);
        Assert.Contains("would: moved input/en/priorities/alpha.md → input/en/priorities/first-priority.md", move.Out);
        Assert.Contains("Dry run: nothing was written.", move.Out);
        Assert.Equal(before, Snapshot(site));
    }

    [Theory]
    [InlineData("---\ntitle: T\n---\nBody\n", "---\ntitle: T\naliases: [old]\n---\nBody\n")]
    [InlineData("---\ntitle: T\naliases: [a, b]\n---\n", "---\ntitle: T\naliases: [a, b, old]\n---\n")]
    [InlineData("---\ntitle: T\naliases:\n  - a\ndescription: D\n---\n", "---\ntitle: T\naliases:\n  - a\n  - old\ndescription: D\n---\n")]
    [InlineData("---\ntitle: T\naliases: [new, a]\n---\n", "---\ntitle: T\naliases: [a, old]\n---\n")]
    public void An_alias_is_added_in_the_style_of_the_list(string before, string after)
    {
        Assert.Equal(after, FrontMatterEdits.AddAlias(before, "old", drop: "new"));
    }
}
