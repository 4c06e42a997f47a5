using SccSite.Engine;

namespace SccSite.Content;

/// <summary>
/// One page file after parsing: where it is, its front matter, and the version of its translatable
/// text. Reads report themselves to the <see cref="ReadTracker"/>: the title and description apart
/// from the rest, so a card is not rebuilt when only the body of the page it shows changed.
/// </summary>
public sealed class PageFile(SourceFile file, FrontMatter meta, SourceHash hash)
{
    public SourceFile File
    {
        get
        {
            ReadTracker.Touch(DependencyKind.FileMeta, file.DisplayPath);
            return file;
        }
    }

    public FrontMatter Meta
    {
        get
        {
            ReadTracker.Touch(DependencyKind.FileMeta, file.DisplayPath);
            return meta;
        }
    }

    public SourceHash Hash
    {
        get
        {
            ReadTracker.Touch(DependencyKind.FileMeta, file.DisplayPath);
            return hash;
        }
    }

    public string Language => file.Language;
    public string PathKey => file.PathKey;
    public string DisplayPath => file.DisplayPath;

    public PageText Text
    {
        get
        {
            ReadTracker.Touch(DependencyKind.FileText, file.DisplayPath);
            return meta.Text;
        }
    }

    public bool IsDraft
    {
        get
        {
            ReadTracker.Touch(DependencyKind.FileText, file.DisplayPath);
            return meta.Draft;
        }
    }

    public override string ToString() => DisplayPath;
}
