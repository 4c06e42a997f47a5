namespace SccSite.Content;

/// <summary>A page's source file: its language, its path inside the language folder, and its text.</summary>
public sealed record SourceFile(string Language, string RelativePath, string DisplayPath, string Text)
{
    /// <summary>The relative path without ".md", e.g. "priorities/energy-cooperation" or "index".</summary>
    public string PathKey => RelativePath.EndsWith(".md", StringComparison.Ordinal) ? RelativePath[..^3] : RelativePath;
}
