using Microsoft.Playwright;

namespace SccSite.BrowserTests.Gates;

/// <summary>The live document's html lang must be the one of the page's language folder (zh → zh-Hans).</summary>
public static class LangGate
{
    public static async Task<string?> CheckAsync(IPage page, string expected)
    {
        var actual = await page.EvaluateAsync<string>("() => document.documentElement.lang");
        return actual == expected ? null : $"<html lang=\"{actual}\"> but the language folder needs lang=\"{expected}\"";
    }
}
