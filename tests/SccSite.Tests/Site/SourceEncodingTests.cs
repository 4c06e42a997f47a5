using System.Security.Cryptography;
using System.Text;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>Every source file is read as UTF-8: a BOM or CRLF changes nothing, any other encoding is an error at its first bad byte.</summary>
public class SourceEncodingTests
{
    private static Encoding CodePage(int number) => CodePagesEncodingProvider.Instance.GetEncoding(number)!;

    private static void Resave(TempSite site, string relativePath, Encoding encoding, bool bom = false)
    {
        var path = Path.Combine(site.Root, relativePath);
        var text = File.ReadAllText(path);
        File.WriteAllBytes(path, [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);
    }

    [Fact]
    public void A_page_saved_with_a_bom_and_crlf_builds_byte_identical_to_the_plain_page()
    {
        using var plain = TempSite.Fixture();
        using var windows = TempSite.Fixture();
        foreach (var page in new[] { "input/en/about.md", "input/en/index.md", "input/ru/index.md" })
        {
            var path = Path.Combine(windows.Root, page);
            var text = File.ReadAllText(path).Replace("\n", "\r\n", StringComparison.Ordinal);
            File.WriteAllBytes(path, [.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes(text)]);
            Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(path)[..3]);
        }

        var a = plain.Build();
        var b = windows.Build();

        Assert.True(a.Succeeded, string.Join("\n", a.Errors));
        Assert.True(b.Succeeded, string.Join("\n", b.Errors));
        Assert.Equal(Tree(plain.Output), Tree(windows.Output));
    }

    [Fact]
    public void A_page_in_windows_1251_is_an_error_at_its_first_cyrillic_letter()
    {
        using var site = TempSite.Fixture();
        Resave(site, "input/ru/index.md", CodePage(1251));
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Equal(
            "input/ru/index.md:2:8: error: This file is not UTF-8: the byte 0xC3 at byte offset 11 (line 2) is not valid UTF-8. It looks like Windows-1251 (Cyrillic); save it as UTF-8.",
            Assert.Single(result.Errors).ToString());
    }

    [Theory]
    [InlineData("input/site.yml", 20866, "input/site.yml:10:11: error: This file is not UTF-8: the byte 0xF2 at byte offset 182 (line 10) is not valid UTF-8. It looks like KOI8-R (Cyrillic)")]
    [InlineData("input/data/places.yml", 1251, "input/data/places.yml:3:7: error: This file is not UTF-8: the byte 0xC0 at byte offset 27 (line 3) is not valid UTF-8. It looks like Windows-1251 (Cyrillic)")]
    [InlineData("theme/i18n/ru.yml", 1251, "theme/i18n/ru.yml:2:14: error: This file is not UTF-8")]
    [InlineData("theme/i18n/zh.yml", 54936, "It looks like GB18030 or GBK (Chinese); save it as UTF-8.")]
    [InlineData("input/en/about.md", 1200, "input/en/about.md:1:1: error: This file is not UTF-8: the byte 0xFF at byte offset 0 (line 1) is not valid UTF-8. It looks like UTF-16 LE; save it as UTF-8.")]
    public void Every_kind_of_source_names_its_file_line_and_encoding(string file, int codePage, string expected)
    {
        using var site = TempSite.Fixture();
        Resave(site, file, codePage == 1200 ? Encoding.Unicode : CodePage(codePage), bom: codePage == 1200);
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(expected, string.Join("\n", result.Errors));
    }

    [Fact]
    public void A_template_in_windows_1252_is_an_error()
    {
        using var site = TempSite.Fixture();
        File.AppendAllText(Path.Combine(site.Theme, "layouts", "page.html"), "\n{{ # Café }}\n", Encoding.Latin1);
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors).ToString();
        Assert.StartsWith("theme/layouts/page.html:3:9: error: This file is not UTF-8: the byte 0xE9", error);
        Assert.EndsWith("It looks like Windows-1252 or Latin-1 (Western European); save it as UTF-8.", error);
    }

    [Fact]
    public void A_utf16_page_without_bom_is_caught_by_its_nul_bytes()
    {
        using var site = TempSite.Fixture();
        Resave(site, "input/en/about.md", new UnicodeEncoding(bigEndian: true, byteOrderMark: false));
        var result = site.Build();
        Assert.Equal(
            "input/en/about.md:1:1: error: This file is not UTF-8: the byte 0x00 at byte offset 0 (line 1) is a NUL character, which no text file holds. It looks like UTF-16 BE; save it as UTF-8.",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task An_encoding_error_exits_1_without_a_stack_trace()
    {
        using var site = TempSite.Fixture();
        Resave(site, "input/ru/priorities/alpha.md", CodePage(1251));
        Resave(site, "input/ru/index.md", CodePage(20866));
        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", site.Output, "--theme", site.Theme);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/ru/index.md:2:8: error: This file is not UTF-8", result.Error);
        Assert.Contains("It looks like KOI8-R (Cyrillic)", result.Error);
        Assert.Contains("input/ru/priorities/alpha.md:", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void An_unreadable_home_page_is_one_error_not_also_a_missing_folder()
    {
        using var site = new TempSite(Path.Combine(Repo.FixtureSite, "input"));
        foreach (var language in new[] { "en", "ru", "zh", "kk" })
            Directory.Delete(Path.Combine(site.Input, language), recursive: true);
        Directory.CreateDirectory(Path.Combine(site.Input, "en"));
        File.WriteAllBytes(Path.Combine(site.Input, "en", "index.md"), CodePage(1251).GetBytes("---\ntitle: Главная\ndescription: Д\n---\n"));
        var error = Assert.Single(site.Build().Errors);
        Assert.StartsWith("input/en/index.md:2:8: error: This file is not UTF-8", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_over_five_megabytes_is_refused_before_it_is_parsed()
    {
        using var site = TempSite.Fixture();
        site.Write("input/en/huge.md", "---\ntitle: Huge\ndescription: Too big.\n---\n\n" + new string('a', 5 * 1024 * 1024) + "\n");
        var result = site.Build();
        Assert.Equal(
            "input/en/huge.md:1:1: error: The file is 5 MB (5,242,924 bytes); a source file may be at most 5 MB. Split it into smaller pages, or move large data out of it.",
            Assert.Single(result.Errors).ToString());
    }

    private static string Tree(string folder) => string.Join("\n",
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace('\\', '/'), File: f))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => $"{f.Path} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f.File)))}"));
}
