using SccSite.Cli;
using SccSite.Tests.Testing;
using Xunit;
using static SccSite.Tests.Translations.TranslationCli;

namespace SccSite.Tests.Translations;

/// <summary>'translations start LANG PAGE': a marked copy of the English page that readers do not see until it is finished.</summary>
public class StartTests
{
    [Fact]
    public async Task Start_writes_a_marked_copy_that_stays_a_fallback_until_it_is_translated_and_marked_current()
    {
        using var site = TempSite.Fixture();
        var start = await Run(site, "start", "zh", "input/en/events/meeting.md");
        Assert.True(start.ExitCode == 0, start.Error);
        Assert.Contains("Created input/zh/events/meeting.md", start.Out);
        var text = Read(site, "input/zh/events/meeting.md");
        Assert.StartsWith("---\ntitle: The meeting\ndescription: A two-day meeting in Astana.\ntranslatedFrom: ", text);
        Assert.Contains("\nuntranslated: true\n---\n\n## Agenda\n\nTwo days of talks.", text);

        var build = await Build(site);
        Assert.Equal(CommandLine.Ok, build.ExitCode);
        Assert.Contains("missing:  input/zh/events/meeting.md (started, still marked 'untranslated: true'", build.Out);
        Assert.Contains("notice-fallback", site.Read("zh/events/meeting/index.html")); // readers get the fallback

        var refused = await Run(site, "mark-current", "input/zh/events/meeting.md");
        Assert.Equal(CommandLine.SiteErrors, refused.ExitCode);
        Assert.Contains("input/zh/events/meeting.md:10:1: error: The text looks untranslated: 1 of its 1 paragraphs are word for word those of input/en/events/meeting.md", refused.Error);

        site.Edit("input/zh/events/meeting.md", s => s.Replace("title: The meeting", "title: 会议").Replace("description: A two-day meeting in Astana.", "description: 在阿斯塔纳举行的为期两天的会议。")
            .Replace("## Agenda\n\nTwo days of talks.", "## Agenda\n\n为期两天的会谈，讨论合作的各个方面和下一步的工作安排。"));
        var marked = await Run(site, "mark-current", "input/zh/events/meeting.md");
        Assert.True(marked.ExitCode == 0, marked.Error);
        Assert.Contains("'untranslated: true' removed", marked.Out);
        Assert.DoesNotContain("untranslated", Read(site, "input/zh/events/meeting.md"));
        await Build(site);
        Assert.Contains("为期两天的会谈", site.Read("zh/events/meeting/index.html"));
        Assert.DoesNotContain("notice-fallback", site.Read("zh/events/meeting/index.html"));
    }

    [Theory]
    [InlineData("priorities/alpha")]
    [InlineData("en/priorities/alpha.md")]
    [InlineData("./input/en/priorities/alpha.md")]
    public async Task Start_takes_the_page_in_any_path_form(string page)
    {
        using var site = TempSite.Fixture();
        var start = await Run(site, "start", "zh", page);
        Assert.True(start.ExitCode == 0, start.Error);
        Assert.True(File.Exists(Path.Combine(site.Input, "zh", "priorities", "alpha.md")));
    }

    [Fact]
    public async Task Start_never_overwrites_and_names_what_is_wrong()
    {
        using var site = TempSite.Fixture();
        var before = Read(site, "input/ru/index.md");
        var again = await Run(site, "start", "ru", "index");
        Assert.Equal(CommandLine.SiteErrors, again.ExitCode);
        Assert.Contains("input/ru/index.md:1:1: error: input/en/index.md is already translated into ru here; 'start' never overwrites a file.", again.Error);
        Assert.Equal(before, Read(site, "input/ru/index.md"));

        var language = await Run(site, "start", "de", "index");
        Assert.Contains("de:1:1: error: 'de' is not a language to translate into. Use one of: ru, zh, kk.", language.Error);
        var page = await Run(site, "start", "ru", "nowhere");
        Assert.Contains("nowhere:1:1: error: There is no en page 'nowhere'.", page.Error);
        Assert.Equal(CommandLine.SiteErrors, page.ExitCode);
    }

    [Fact]
    public async Task The_marker_belongs_on_translations_only()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/en/about.md", s => s.Replace("description: A plain page.", "description: A plain page.\nuntranslated: true"));
        var check = await Check(site);
        Assert.Equal(CommandLine.SiteErrors, check.ExitCode);
        Assert.Contains("input/en/about.md:4:1: error: 'untranslated' belongs on translations only.", check.Error);
    }
}
