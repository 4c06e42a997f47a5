namespace SccSite.Content;

/// <summary>One page file after parsing: where it is, its front matter, and the version of its translatable text.</summary>
public sealed record PageFile(SourceFile File, FrontMatter Meta, SourceHash Hash)
{
    public string Language => File.Language;
    public string PathKey => File.PathKey;
    public string DisplayPath => File.DisplayPath;
    public PageText Text => Meta.Text;
}
