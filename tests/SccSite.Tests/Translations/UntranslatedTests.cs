using SccSite.Cli;
using SccSite.Config;
using SccSite.Tests.Testing;
using SccSite.Translations;
using Xunit;
using static SccSite.Tests.Translations.TranslationCli;

namespace SccSite.Tests.Translations;

/// <summary>The build-time signal: a translation mostly in another script than its language is "untranslated?", a warning in build and an error in check.</summary>
public class UntranslatedTests
{
    [Theory]
    [InlineData("Kazakhstan holds the chairmanship", Script.Latin, 4)]
    [InlineData("Казахстан председательствует", Script.Cyrillic, 2)]
    [InlineData("哈萨克斯坦", Script.Han, 5)] // each Han character is a word
    [InlineData("2024–2029, 3.5%", null, 0)]
    public void Words_are_counted_by_script(string text, Script? main, int total)
    {
        var count = Scripts.Count(text);
        Assert.Equal(main, count.Main);
        Assert.Equal(total, count.Total);
    }

    [Fact]
    public void A_language_is_written_in_the_script_of_its_own_name()
    {
        var config = SiteConfigLoader.Load(Path.Combine(Repo.Input, "site.yml"), "input/site.yml");
        Assert.Equal([Script.Latin, Script.Cyrillic, Script.Han, Script.Cyrillic], config.Languages.Select(l => Scripts.Of(l)));
    }

    [Fact]
    public async Task Latin_text_in_a_chinese_page_is_a_warning_in_build_and_an_error_in_check()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/zh/index.md", s => s.Replace("欢迎。请阅读[第一个优先方向](priorities/alpha.md)。",
            "Welcome. Read about the [first priority](priorities/alpha.md) and the meeting of the fixture site."));
        var build = await Build(site);
        Assert.Equal(CommandLine.Ok, build.ExitCode);
        Assert.Contains("  untranslated?: input/zh/index.md: The text looks untranslated: 100% of its 13 words are in Latin script, but zh is written in Han script.", build.Out);
        Assert.Contains("input/zh/index.md:6:1: warning: The text looks untranslated", build.Error);

        var check = await Check(site);
        Assert.Equal(CommandLine.SiteErrors, check.ExitCode);
        Assert.Contains("input/zh/index.md:6:1: error: The text looks untranslated: 100% of its 13 words are in Latin script, but zh is written in Han script. Translate it, or delete it so readers get the fallback with a notice.", check.Error);
    }

    [Fact]
    public void No_translation_of_the_real_site_looks_untranslated()
    {
        using var site = RealSite();
        var result = SiteBuilder.Build(site.Options() with { LastPhase = SccSite.Engine.Phase.Link });
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var translations = TranslationFiles.All(result.Model!).ToList();
        Assert.Equal(81, translations.Count);
        foreach (var t in translations)
            Assert.Null(UntranslatedCheck.BeforeMarkingCurrent(t.File, t.Source, t.Page.Language));
    }
}
