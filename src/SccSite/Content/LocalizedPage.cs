using SccSite.Config;
using SccSite.Engine;

namespace SccSite.Content;

/// <summary>How a published page relates to its source.</summary>
public enum TranslationState
{
    /// <summary>The default-language page itself.</summary>
    Original,
    /// <summary>A translation made from the current source.</summary>
    Current,
    /// <summary>A translation made from an older version of the source.</summary>
    Stale,
    /// <summary>No translation: the content of a fallback language is shown.</summary>
    Fallback,
}

/// <summary>One page of the site in one language, as it will be published.</summary>
/// <remarks>Its getters report reads to the <see cref="ReadTracker"/>, so the outputs that show a page are known.</remarks>
public sealed class LocalizedPage(PageNode node, Language language, PageFile content, Language contentLanguage, TranslationState state, string url, string destination)
{
    public PageNode Node { get; } = node;
    public Language Language { get; } = language;

    /// <summary>The file whose text is shown: the translation, the source, or a fallback language's file.</summary>
    public PageFile Content => Read(content);
    public Language ContentLanguage => Read(contentLanguage);
    public TranslationState State => Read(state);
    public string Url => Read(url);
    public string Destination => Read(destination);

    public PageText Text => Content.Text;

    /// <summary>For a fallback page: this language's translation file, started but still marked 'untranslated: true'.</summary>
    public PageFile? Started { get; init; }

    /// <summary>A draft (shown only when drafts are included, as in the preview): the page's own file or its source says 'draft: true'.</summary>
    public bool IsDraft => Content.IsDraft || Node.Source.IsDraft;

    /// <summary>Real pages are announced as alternates and listed in the sitemap; fallback copies are not.</summary>
    public bool IsReal => State != TranslationState.Fallback;

    private T Read<T>(T value)
    {
        ReadTracker.Touch(DependencyKind.Page, Node.Key, Language.Code);
        return value;
    }

    public override string ToString() => $"{Language.Code}:{Node.Key}";
}
