using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Translations;

/// <summary>Finds a source-language page by the paths people type: input/en/about.md, en/about.md, about.md or about.</summary>
public static class SourcePages
{
    public static PageNode Find(SiteModel model, BuildPaths paths, string argument)
    {
        var byPath = model.Nodes.ToDictionary(n => TranslationFiles.FullPath(paths, n.Source), StringComparer.Ordinal);
        var sourceFolder = Path.Combine(paths.Input, model.Config.DefaultLanguage);
        var typed = argument.EndsWith(".md", StringComparison.Ordinal) ? argument : argument + ".md";
        var candidates = TranslationFiles.Candidates(paths, typed).Append(Path.GetFullPath(Path.Combine(sourceFolder, typed)));
        foreach (var candidate in candidates)
            if (byPath.TryGetValue(candidate, out var node)) return node;
        throw new BuildException(BuildError.InFile(argument, $"There is no {model.Config.DefaultLanguage} page '{argument}'.",
            $"Give the path of a page in {paths.Display(sourceFolder)}/, e.g. {paths.Display(Path.Combine(sourceFolder, "about.md"))}."));
    }
}
