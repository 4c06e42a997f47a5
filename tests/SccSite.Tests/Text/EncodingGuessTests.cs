using System.Text;
using SccSite.Text;
using Xunit;

namespace SccSite.Tests.Text;

public class EncodingGuessTests
{
    private const string Russian = "---\ntitle: Председательство Казахстана\n---\n\nКазахстан приступил к председательству в Шанхайской организации сотрудничества (ШОС), определив приоритеты.\n";
    private const string Chinese = "---\ntitle: 哈萨克斯坦担任上海合作组织轮值主席国\n---\n\n哈萨克斯坦接任上海合作组织轮值主席国，并在多个合作领域确定了优先方向。\n";
    private const string French = "---\ntitle: Coopération économique\n---\n\nLe Kazakhstan a présidé l'Organisation de coopération de Shanghai, réunie à Astana en été.\n";
    private const string German = "title: Größere Zusammenarbeit für Städte und Länder\n";

    private static byte[] Encode(string text, int codePage) => (codePage == 28591 ? Encoding.Latin1 : CodePagesEncodingProvider.Instance.GetEncoding(codePage)!).GetBytes(text);

    [Theory]
    [InlineData(Russian, 1251, "Windows-1251 (Cyrillic)")]
    [InlineData(Russian, 20866, "KOI8-R (Cyrillic)")]
    [InlineData("title: Привет\n", 1251, "Windows-1251 (Cyrillic)")]
    [InlineData("title: Привет\n", 20866, "KOI8-R (Cyrillic)")]
    [InlineData("description: Саммит в Астане 3–4 июля\n", 1251, "Windows-1251 (Cyrillic)")]
    [InlineData(Chinese, 54936, "GB18030 or GBK (Chinese)")]
    [InlineData(Chinese, 936, "GB18030 or GBK (Chinese)")]
    [InlineData("title: 上海合作组织\n", 936, "GB18030 or GBK (Chinese)")]
    [InlineData(French, 1252, "Windows-1252 or Latin-1 (Western European)")]
    [InlineData(German, 28591, "Windows-1252 or Latin-1 (Western European)")]
    [InlineData("title: café\n", 1252, "Windows-1252 or Latin-1 (Western European)")]
    public void A_legacy_encoding_is_recognised_by_its_letters(string text, int codePage, string expected) =>
        Assert.Equal(expected, EncodingGuess.Guess(Encode(text, codePage)));

    [Theory]
    [InlineData(Russian)]
    [InlineData(Chinese)]
    [InlineData("title: About\n")]
    public void Utf16_is_recognised_with_or_without_a_byte_order_mark(string text)
    {
        Assert.Equal("UTF-16 LE", EncodingGuess.Guess([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]));
        Assert.Equal("UTF-16 BE", EncodingGuess.Guess([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]));
        Assert.Equal("UTF-16 LE", EncodingGuess.Guess(Encoding.Unicode.GetBytes(text)));
        Assert.Equal("UTF-16 BE", EncodingGuess.Guess(Encoding.BigEndianUnicode.GetBytes(text)));
    }

    [Fact]
    public void Random_bytes_look_like_no_text() =>
        Assert.Null(EncodingGuess.Guess(Enumerable.Range(0, 512).Select(i => (byte)(0x80 + (i * 37 % 0x7F))).ToArray()));

    [Fact]
    public void The_first_bad_byte_and_its_line_and_column_are_found()
    {
        byte[] bytes = [.. "ab\nпр"u8, 0xCF, .. "x"u8];
        var offset = Utf8Check.FirstInvalidByte(bytes);
        Assert.Equal(7, offset);
        Assert.Equal((2, 3), Utf8Check.Position(bytes, offset));
        Assert.Equal(-1, Utf8Check.FirstInvalidByte("Привет, 你好\n"u8));
        Assert.Equal(1, Utf8Check.FirstInvalidByte("a\0b"u8));
        Assert.Equal(1, Utf8Check.FirstInvalidByte([0x61, 0xE4, 0xBD])); // cut off inside a character
    }
}
