using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Translations;

/// <summary>A translation file created by 'translations start'.</summary>
public sealed record StartedTranslation(string DisplayPath, PageFile Source);

/// <summary>
/// Starts a translation: a copy of the English page (title, description and text) with
/// 'translatedFrom' set and 'untranslated: true', so readers keep the fallback while the
/// translator works in place. An existing file is never overwritten.
/// </summary>
public static class TranslationStart
{
    public const string Marker = "untranslated: true";

    public static StartedTranslation Create(SiteModel model, BuildPaths paths, string language, string page)
    {
        var config = model.Config;
        if (!config.HasLanguage(language) || language == config.DefaultLanguage)
            throw new BuildException(BuildError.InFile(language, $"'{language}' is not a language to translate into.",
                $"Use one of: {string.Join(", ", config.Languages.Select(l => l.Code).Where(c => c != config.DefaultLanguage))}."));
        var node = SourcePages.Find(model, paths, page);
        var source = node.Source;
        var existing = node.In(language);
        if ((existing.State is TranslationState.Current or TranslationState.Stale ? existing.Content : existing.Started) is { } other)
            throw new BuildException(BuildError.InFile(other.DisplayPath, $"{source.DisplayPath} is already translated into {language} here; 'start' never overwrites a file.", $"Edit this file, and see what changed with 'translations diff {other.DisplayPath}'."));
        var target = Path.Combine(paths.Input, language, source.File.RelativePath);
        var display = paths.Display(target);
        if (File.Exists(target))
            throw new BuildException(BuildError.InFile(display, "The file already exists; 'start' never overwrites a file.", "Edit it, or move it away first."));

        var english = TextFile.Read(Path.Combine(paths.ProjectRoot, source.DisplayPath));
        var text = $"---\ntitle: {YamlText.Scalar(source.Text.Title)}\ndescription: {YamlText.Scalar(source.Text.Description)}\ntranslatedFrom: {source.Hash.Value}\n{Marker}\n---\n{source.Meta.Body}";
        new TextFile(target, text, Bom: false, english.Crlf).Write(createOnly: true);
        return new StartedTranslation(display, source);
    }
}
