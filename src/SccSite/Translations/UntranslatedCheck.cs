using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Translations;

/// <summary>
/// Whether a translation's text is still mostly its source's: the build flags a page written mostly
/// in another script than its language ("untranslated?"), and 'mark-current' also refuses a page
/// whose paragraphs are mostly the source's own.
/// </summary>
public static class UntranslatedCheck
{
    /// <summary>Fewer words than this say too little to judge.</summary>
    public const int MinimumWords = 8;

    /// <summary>The page is mostly in another script than its language's; null when it is not (or cannot tell).</summary>
    public static BuildError? ByScript(PageFile translation, Language language) =>
        ByScript(translation, Scripts.Count(ReadableText.Blocks(translation.Meta).Select(b => b.Text)), language);

    /// <summary>The same check from the body's script count, made while the site was built.</summary>
    public static BuildError? ByScript(PageFile translation, ScriptCount body, Language language)
    {
        if (Scripts.Of(language) is not { } expected) return null;
        var count = body;
        if (count.Total < MinimumWords) count = Scripts.Count(translation.Text.Title, translation.Text.Description).Plus(body);
        if (count.Total < MinimumWords || count.Main is not { } main || main == expected) return null;
        var foreign = count.Total - count[expected];
        if (foreign * 2 <= count.Total) return null;
        return new BuildError(translation.DisplayPath, translation.Meta.BodyLine, 1,
            $"The text looks untranslated: {foreign * 100 / count.Total}% of its {count.Total} words are in {main} script, but {language.Code} is written in {expected} script.");
    }

    /// <summary>Most of the translation's paragraphs (of four words or more) are word for word the source's; null when they are not.</summary>
    public static BuildError? ByCopiedParagraphs(PageFile translation, PageFile source)
    {
        var sourceTexts = ReadableText.Blocks(source.Meta).Select(b => b.Text).ToHashSet(StringComparer.Ordinal);
        var blocks = ReadableText.Blocks(translation.Meta).Where(b => b.Text.Split(' ').Length >= 4).ToList();
        var copied = blocks.Where(b => sourceTexts.Contains(b.Text)).ToList();
        if (copied.Count == 0 || copied.Count * 2 < blocks.Count) return null;
        return new BuildError(translation.DisplayPath, copied[0].Line, copied[0].Column,
            $"The text looks untranslated: {copied.Count} of its {blocks.Count} paragraphs are word for word those of {source.DisplayPath}, starting here.");
    }

    /// <summary>What 'mark-current' checks: the same paragraphs as the source, or mostly another script.</summary>
    public static BuildError? BeforeMarkingCurrent(PageFile translation, PageFile source, Language language) =>
        ByCopiedParagraphs(translation, source) ?? ByScript(translation, language);
}
