using SccSite.Config;
using SccSite.Engine;
using Xunit;

namespace SccSite.Tests.Config;

public class SiteConfigLoaderTests
{
    private const string Valid = """
        title: T
        baseUrl: https://example.org/sco
        defaultLanguage: en
        languages:
          - code: en
            name: English
            culture: en-GB
          - code: kk
            name: Қазақша
            culture: kk-KZ
            fallback: [ru, en]
          - code: ru
            name: Русский
            culture: ru-RU
            fallback: [en]
        """;

    private static IReadOnlyList<BuildError> Errors(string yaml) =>
        Assert.Throws<BuildException>(() => SiteConfigLoader.Parse(yaml, "input/site.yml")).Errors;

    [Fact]
    public void Reads_languages_fallbacks_and_a_sub_path_base_url()
    {
        var config = SiteConfigLoader.Parse(Valid, "input/site.yml");
        Assert.Equal("/sco/", config.BasePath);
        Assert.Equal(["en", "kk", "ru"], config.Languages.Select(l => l.Code));
        Assert.Equal(["ru", "en"], config.FallbackChain(config.Language("kk")));
        Assert.Equal(["en"], config.FallbackChain(config.Language("ru")));
        Assert.Equal("kk", config.Language("kk").HtmlLang);
        Assert.Equal("https://example.org/sco/en/", config.Absolute(config.BasePath + "en/"));
    }

    [Fact]
    public void An_unknown_key_is_an_error_with_its_line_and_column()
    {
        var error = Assert.Single(Errors(Valid + "\ncolour: blue"));
        Assert.Equal(("input/site.yml", 16, 1), (error.File, error.Line, error.Column));
        Assert.Contains("Unknown key 'colour'", error.Message);
    }

    [Fact]
    public void A_fallback_loop_is_an_error()
    {
        var errors = Errors(Valid.Replace("fallback: [en]", "fallback: [kk]"));
        Assert.Contains(errors, e => e.Message.Contains("loops: kk -> ru -> kk"));
    }

    [Fact]
    public void A_fallback_to_an_unknown_language_is_an_error()
    {
        var errors = Errors(Valid.Replace("fallback: [en]", "fallback: [fr]"));
        Assert.Contains(errors, e => e.Message.Contains("unknown language 'fr'") && e.Line == 15);
    }

    [Fact]
    public void Missing_fields_and_bad_values_are_reported_together()
    {
        var errors = Errors("""
            baseUrl: not-a-url
            defaultLanguage: de
            languages:
              - code: en
                name: English
                culture: xx-NOPE
            """);
        Assert.Contains(errors, e => e.Message.Contains("Missing required field 'title'"));
        Assert.Contains(errors, e => e.Message.Contains("baseUrl 'not-a-url'"));
        Assert.Contains(errors, e => e.Message.Contains("defaultLanguage 'de'"));
        Assert.Contains(errors, e => e.Message.Contains("Culture 'xx-NOPE'"));
    }

    [Fact]
    public void A_right_to_left_language_gets_dir_rtl()
    {
        var config = SiteConfigLoader.Parse(Valid.Replace("culture: ru-RU", "culture: ru-RU\n    direction: rtl"), "input/site.yml");
        Assert.Equal("rtl", config.Language("ru").DirAttribute);
        Assert.Equal("ltr", config.Language("en").DirAttribute);
    }
}
