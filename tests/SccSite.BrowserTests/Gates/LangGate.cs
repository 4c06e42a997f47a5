using Microsoft.Playwright;

namespace SccSite.BrowserTests.Gates;

/// <summary>The live document's html lang must be the one of the page's language folder (zh → zh-Hans).</summary>
public static class LangGate
{
    /// <summary>Reads the live lang attribute (a function expression for page.evaluate).</summary>
    public const string CollectScript = "() => document.documentElement.lang";

    public static async Task<string?> CheckAsync(IPage page, string expected) => Check(await page.EvaluateAsync<string>(CollectScript), expected);

    public static string? Check(string actual, string expected) =>
        actual == expected ? null : $"<html lang=\"{actual}\"> but the language folder needs lang=\"{expected}\"";
}
