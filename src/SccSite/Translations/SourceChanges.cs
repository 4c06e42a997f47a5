using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Translations;

/// <summary>How the version a translation was made from was found.</summary>
public enum SourceVersionState
{
    /// <summary>The translation records the source's current version: nothing changed.</summary>
    UpToDate,
    /// <summary>A commit of the source hashes to 'translatedFrom'.</summary>
    Found,
    /// <summary>The translation records no version.</summary>
    NotRecorded,
    /// <summary>The source is not in a git repository (or git is not installed).</summary>
    NotInGit,
    /// <summary>No commit of the source hashes to 'translatedFrom'.</summary>
    NotFound,
}

/// <summary>What 'translations diff' found: the source's version the translation was made from, and the current one.</summary>
public sealed record SourceChanges(TranslationFile Translation, SourceVersionState State, GitVersion? Version, FrontMatter? Old, int CommitsSearched)
{
    public PageFile Source => Translation.Source;

    /// <summary>Looks for the version whose hash is the translation's 'translatedFrom' in the git history of its source.</summary>
    public static SourceChanges Find(TranslationFile translation, BuildPaths paths)
    {
        var recorded = translation.File.Text.TranslatedFrom;
        var source = translation.Source;
        if (recorded is null) return new(translation, SourceVersionState.NotRecorded, null, null, 0);
        if (recorded == source.Hash.Value) return new(translation, SourceVersionState.UpToDate, null, source.Meta, 0);
        var full = TranslationFiles.FullPath(paths, source);
        if (GitHistory.Of(full) is not { } git) return new(translation, SourceVersionState.NotInGit, null, null, 0);
        var versions = git.Versions(full);
        foreach (var version in versions)
        {
            if (git.Show(version) is not { } text) continue;
            var old = TryParse(source, version, text);
            if (old is not null && SourceHash.Of(old).Value == recorded) return new(translation, SourceVersionState.Found, version, old, versions.Count);
        }
        return new(translation, SourceVersionState.NotFound, null, null, versions.Count);
    }

    /// <summary>An old version may not parse under today's rules; then it cannot be the one.</summary>
    private static FrontMatter? TryParse(PageFile source, GitVersion version, string text)
    {
        try
        {
            return FrontMatterParser.Parse(new SourceFile(source.Language, source.File.RelativePath, version.Path, text), isSourceLanguage: true);
        }
        catch (BuildException)
        {
            return null;
        }
    }
}
