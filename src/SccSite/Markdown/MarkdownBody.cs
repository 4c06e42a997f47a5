using System.Collections.Immutable;

namespace SccSite.Markdown;

/// <summary>
/// What the site keeps of a page's Markdown after rendering it once: the HTML with a placeholder
/// for every relative link, those links with their position in the source file, and the heading ids.
/// </summary>
public sealed record MarkdownBody(BodyTemplate Html, ImmutableArray<LinkReference> Links, ImmutableArray<string> HeadingIds);

/// <summary>A link or image of a page, where it is written, and whether an image has alt text.</summary>
public sealed record LinkReference(string Url, int Line, int Column, bool IsImage, bool HasAltText = true);
