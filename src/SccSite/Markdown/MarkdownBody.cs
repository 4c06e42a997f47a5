using System.Collections.Immutable;
using Markdig.Syntax;

namespace SccSite.Markdown;

/// <summary>A page body parsed once; links are kept with their position in the source file.</summary>
public sealed record MarkdownBody(MarkdownDocument Ast, ImmutableArray<LinkReference> Links, ImmutableArray<string> HeadingIds);

public sealed record LinkReference(string Url, int Line, int Column, bool IsImage);
