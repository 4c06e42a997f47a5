using System.Text;
using SccSite.Cli;
using SccSite.Tests.Testing;
using Xunit;
using static SccSite.Tests.Translations.TranslationCli;

namespace SccSite.Tests.Translations;

/// <summary>A safer 'mark-current': --all to mark everything, --dry-run, refusal of untranslated text, files kept as they were stored.</summary>
public class MarkCurrentTests
{
    private static TempSite StaleSite()
    {
        var site = TempSite.Fixture();
        site.Edit("input/en/index.md", s => s.Replace("Welcome.", "Welcome to the fixture."));
        return site;
    }

    [Fact]
    public async Task Without_a_file_it_needs_all_and_lists_what_it_marks()
    {
        using var site = StaleSite();
        var bare = await Run(site, "mark-current");
        Assert.Equal(CommandLine.Usage, bare.ExitCode);
        Assert.Contains("Name the translations to mark current (e.g. input/ru/about.md), or pass --all", bare.Error);

        var all = await Run(site, "mark-current", "--all");
        Assert.True(all.ExitCode == 0, all.Error);
        Assert.Contains("marked current: input/ru/index.md (translatedFrom ", all.Out);
        Assert.Contains("marked current: input/zh/index.md (translatedFrom ", all.Out);
        Assert.Contains("marked current: input/ru/priorities/alpha.md (translatedFrom 000000000000 → ", all.Out);
        Assert.Contains("Every translation is already current.", (await Run(site, "mark-current", "--all")).Out);
    }

    [Fact]
    public async Task Dry_run_shows_what_would_change_and_writes_nothing()
    {
        using var site = StaleSite();
        var before = Read(site, "input/ru/index.md");
        var dry = await Run(site, "mark-current", "--all", "--dry-run");
        Assert.Equal(CommandLine.Ok, dry.ExitCode);
        Assert.Contains("would mark current: input/ru/index.md", dry.Out);
        Assert.Contains("Dry run: nothing was written.", dry.Out);
        Assert.Equal(before, Read(site, "input/ru/index.md"));
    }

    [Fact]
    public async Task It_refuses_a_translation_that_is_still_the_source_text_unless_forced()
    {
        using var site = StaleSite();
        var english = "Welcome to the fixture. Read about the [first priority](priorities/alpha.md) and the [meeting](events/meeting.md#agenda).";
        site.Edit("input/ru/index.md", s => s[..(s.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)] + "\n" + english + "\n");
        var before = Read(site, "input/zh/index.md");

        var refused = await Run(site, "mark-current", "--all");
        Assert.Equal(CommandLine.SiteErrors, refused.ExitCode);
        Assert.Contains("input/ru/index.md:7:1: error: The text looks untranslated: 1 of its 1 paragraphs are word for word those of input/en/index.md, starting here. Translate it first; if it is right as it is, mark it with --force.", refused.Error);
        Assert.Contains("Nothing was written.", refused.Error);
        Assert.Equal(before, Read(site, "input/zh/index.md")); // not even the pages that were fine

        var forced = await Run(site, "mark-current", "--all", "--force");
        Assert.Equal(CommandLine.Ok, forced.ExitCode);
        Assert.Contains("marked current: input/ru/index.md", forced.Out);
    }

    [Fact]
    public async Task It_refuses_a_page_mostly_in_another_script()
    {
        using var site = StaleSite();
        site.Edit("input/zh/index.md", s => s.Replace("欢迎。请阅读[第一个优先方向](priorities/alpha.md)。",
            "Welcome, dear reader: please read about the [first priority](priorities/alpha.md) of this small fixture site today."));
        var refused = await Run(site, "mark-current", "input/zh/index.md");
        Assert.Equal(CommandLine.SiteErrors, refused.ExitCode);
        Assert.Contains("input/zh/index.md:6:1: error: The text looks untranslated: 100% of its 15 words are in Latin script, but zh is written in Han script.", refused.Error);
    }

    [Fact]
    public async Task It_keeps_line_endings_and_the_byte_order_mark()
    {
        using var site = StaleSite();
        var path = Path.Combine(site.Input, "ru", "index.md");
        var crlf = File.ReadAllText(path).Replace("\n", "\r\n");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(crlf)]);
        var marked = await Run(site, "mark-current", "input/ru/index.md");
        Assert.True(marked.ExitCode == 0, marked.Error);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.DoesNotContain("\r\n", text.Replace("\r\n", "")); // no lone '\n' left behind
        Assert.Equal(crlf.Split("\r\n").Length, text.Split("\r\n").Length);
        Assert.Matches("\r\ntranslatedFrom: [0-9a-f]{12}\r\n---\r\n", text);
    }

    [Fact]
    public async Task It_accepts_relative_absolute_and_dot_paths_and_names_unknown_ones()
    {
        using var site = StaleSite();
        Assert.Equal(CommandLine.Ok, (await Run(site, "mark-current", "./input/ru/index.md")).ExitCode);
        Assert.Equal(CommandLine.Ok, (await Run(site, "mark-current", Path.Combine(site.Input, "zh", "index.md"))).ExitCode);
        Assert.Equal(CommandLine.Ok, (await Run(site, "mark-current", "ru/priorities/alpha.md")).ExitCode);
        Assert.Contains("already current: input/ru/index.md", (await Run(site, "mark-current", "input/ru/index.md")).Out);

        var english = await Run(site, "mark-current", "input/en/index.md");
        Assert.Equal(CommandLine.SiteErrors, english.ExitCode);
        Assert.Contains("input/en/index.md:1:1: error: This is the en source page, not a translation.", english.Error);
        var missing = await Run(site, "mark-current", "input/ru/nothing.md");
        Assert.Contains("input/ru/nothing.md:1:1: error: There is no such file.", missing.Error);
    }
}
