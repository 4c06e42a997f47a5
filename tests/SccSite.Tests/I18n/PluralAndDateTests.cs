using SccSite.Content;
using SccSite.I18n;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.I18n;

public class PluralAndDateTests
{
    private static UiStrings Load(string language) =>
        UiStringsLoader.Parse(language, File.ReadAllText(Path.Combine(Repo.Theme, "i18n", language + ".yml")), $"theme/i18n/{language}.yml");

    [Theory]
    [InlineData(1, "one")]
    [InlineData(2, "few")]
    [InlineData(4, "few")]
    [InlineData(5, "many")]
    [InlineData(11, "many")]
    [InlineData(12, "many")]
    [InlineData(21, "one")]
    [InlineData(22, "few")]
    [InlineData(111, "many")]
    [InlineData(0, "many")]
    public void Russian_plurals_follow_one_few_many(int n, string category) =>
        Assert.Equal(category, PluralRules.Select("ru", n));

    [Theory]
    [InlineData("en", 1, "1 initiative")]
    [InlineData("en", 3, "3 initiatives")]
    [InlineData("ru", 1, "1 инициатива")]
    [InlineData("ru", 3, "3 инициативы")]
    [InlineData("ru", 5, "5 инициатив")]
    [InlineData("ru", 21, "21 инициатива")]
    [InlineData("zh", 3, "3项倡议")]
    [InlineData("kk", 3, "3 бастама")]
    public void Count_strings_use_each_language_s_plural_forms(string language, int n, string expected) =>
        Assert.Equal(expected, Load(language).Plural("count.initiatives", n));

    [Theory]
    [InlineData("en", "3 July 2024", "3–4 July 2024", "October 2023")]
    [InlineData("ru", "3 июля 2024 г.", "3–4 июля 2024 г.", "октябрь 2023 г.")]
    [InlineData("zh", "2024年7月3日", "2024年7月3日至4日", "2023年10月")]
    [InlineData("kk", "2024 жылғы 3 шілде", "2024 жылғы 3–4 шілде", "2023 жылғы қазан")]
    public void Dates_follow_each_language_without_depending_on_icu(string language, string day, string range, string month)
    {
        var d = Load(language);
        Assert.Equal(day, DateFormatter.Format(d, new PartialDate(2024, 7, 3)));
        Assert.Equal(range, DateFormatter.FormatRange(d, new PartialDate(2024, 7, 3), new PartialDate(2024, 7, 4)));
        Assert.Equal(month, DateFormatter.Format(d, new PartialDate(2023, 10, null)));
    }

    [Fact]
    public void Large_numbers_group_with_the_language_s_separator()
    {
        Assert.Equal("12,345", Load("en").FormatNumber(12345));
        Assert.Equal("12\u00A0345", Load("ru").FormatNumber(12345));
        Assert.Equal("1500", Load("ru").FormatNumber(1500));
    }

    [Fact]
    public void A_plural_string_missing_a_form_the_language_needs_is_an_error()
    {
        var error = Assert.Throws<SccSite.Engine.BuildException>(() =>
            UiStringsLoader.Parse("ru", "count:\n  items:\n    one: \"{count} штука\"\n    other: \"{count} штук\"\n", "theme/i18n/ru.yml"));
        Assert.Contains(error.Errors, e => e.Message.Contains("lacks the 'few' form") && e.File == "theme/i18n/ru.yml" && e.Line == 2);
    }

    [Fact]
    public void A_key_missing_in_one_language_or_unused_everywhere_is_an_error()
    {
        var en = UiStringsLoader.Parse("en", "nav:\n  home: Home\n  extra: Extra\n", "theme/i18n/en.yml");
        var ru = UiStringsLoader.Parse("ru", "nav:\n  home: Главная\n", "theme/i18n/ru.yml");
        var errors = UiStringsLoader.Check([en, ru], new HashSet<string> { "nav.home" }, "the theme").ToList();
        Assert.Contains(errors, e => e.File == "theme/i18n/ru.yml" && e.Message.Contains("'nav.extra' is missing"));
        Assert.Contains(errors, e => e.File == "theme/i18n/en.yml" && e.Line == 3 && e.Message.Contains("'nav.extra' is not used"));
    }
}
