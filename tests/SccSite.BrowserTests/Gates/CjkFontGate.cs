using Microsoft.Playwright;

namespace SccSite.BrowserTests.Gates;

/// <summary>
/// Asks Chromium, over the DevTools protocol (CSS.getPlatformFontsForNode), which installed font
/// really drew the Chinese text. It must be a CJK font: without one, Chinese shows as empty boxes.
/// </summary>
public static class CjkFontGate
{
    private static readonly string[] CjkFamilies =
        ["CJK", "WenQuanYi", "Source Han", "Droid Sans Fallback", "PingFang", "YaHei", "Hiragino", "SimSun", "SimHei", "Noto Sans SC", "Noto Serif SC"];

    public sealed record PlatformFont(string FamilyName, int GlyphCount);

    public static bool IsCjk(string family) => CjkFamilies.Any(f => family.Contains(f, StringComparison.OrdinalIgnoreCase));

    /// <summary>The fonts that drew the text directly inside the first element matching a selector.</summary>
    public static async Task<IReadOnlyList<PlatformFont>> FontsOfAsync(ICDPSession cdp, string selector)
    {
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument", new Dictionary<string, object> { ["depth"] = 0 });
        var root = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var found = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object> { ["nodeId"] = root, ["selector"] = selector });
        var node = found!.Value.GetProperty("nodeId").GetInt32();
        if (node == 0) return [];
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = node });
        return [.. fonts!.Value.GetProperty("fonts").EnumerateArray().Select(f => new PlatformFont(
            f.GetProperty("familyName").GetString() ?? "", f.GetProperty("glyphCount").GetInt32()))];
    }

    /// <summary>Null when the element's text was drawn mostly by a CJK font, else the problem.</summary>
    public static async Task<string?> CheckAsync(ICDPSession cdp, string selector)
    {
        var fonts = await FontsOfAsync(cdp, selector);
        if (fonts.Count == 0) return $"{selector}: Chromium reports no font for its text (element missing or empty)";
        var main = fonts.MaxBy(f => f.GlyphCount)!;
        var described = string.Join(", ", fonts.Select(f => $"{f.FamilyName} ({f.GlyphCount} glyphs)"));
        return IsCjk(main.FamilyName) ? null : $"{selector} is drawn with {described}: not a CJK font, Chinese may show as boxes";
    }

}
