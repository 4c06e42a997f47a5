using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Translations;

/// <summary>A translation file and the page it translates (a real translation, or one started and still marked untranslated).</summary>
public sealed record TranslationFile(PageFile File, LocalizedPage Page)
{
    public PageFile Source => Page.Node.Source;
    public bool IsStarted => File.Meta.Untranslated;
}

/// <summary>Finds translation files by the paths people type: input/ru/about.md, ./input/ru/about.md, ru/about.md or an absolute path.</summary>
public static class TranslationFiles
{
    public static IEnumerable<TranslationFile> All(SiteModel model) =>
        model.Nodes.SelectMany(n => n.Pages).Select(p => p switch
        {
            { State: TranslationState.Current or TranslationState.Stale } => new TranslationFile(p.Content, p),
            { Started: { } started } => new TranslationFile(started, p),
            _ => null,
        }).OfType<TranslationFile>().OrderBy(t => t.File.DisplayPath, StringComparer.Ordinal);

    public static string FullPath(BuildPaths paths, PageFile file) => Path.GetFullPath(Path.Combine(paths.ProjectRoot, file.DisplayPath));

    /// <summary>The translation a path names; a <see cref="BuildException"/> saying what the path is instead.</summary>
    public static TranslationFile Find(SiteModel model, BuildPaths paths, string argument)
    {
        var candidates = Candidates(paths, argument).ToList();
        var byPath = All(model).ToDictionary(t => FullPath(paths, t.File), StringComparer.Ordinal);
        foreach (var candidate in candidates)
            if (byPath.TryGetValue(candidate, out var found)) return found;
        var source = Path.GetFullPath(Path.Combine(paths.Input, model.Config.DefaultLanguage)) + Path.DirectorySeparatorChar;
        var existing = candidates.FirstOrDefault(File.Exists);
        var (message, hint) = existing switch
        {
            null => ("There is no such file.", "Give the path of a translation, e.g. input/ru/about.md."),
            _ when existing.StartsWith(source, StringComparison.Ordinal) => ($"This is the {model.Config.DefaultLanguage} source page, not a translation.", "Give the path of its translation, e.g. input/ru/about.md."),
            _ => ("This file is not a translation of any page (is it orphaned, or outside the language folders?).", "Give the path of a translation, e.g. input/ru/about.md."),
        };
        throw new BuildException(BuildError.InFile(argument, message, hint));
    }

    /// <summary>What a typed path can mean: relative to the working folder, to the project, or to the input folder.</summary>
    public static IEnumerable<string> Candidates(BuildPaths paths, string argument) =>
        new[] { Path.GetFullPath(argument), Path.GetFullPath(Path.Combine(paths.ProjectRoot, argument)), Path.GetFullPath(Path.Combine(paths.Input, argument)) }
            .Distinct(StringComparer.Ordinal);
}
