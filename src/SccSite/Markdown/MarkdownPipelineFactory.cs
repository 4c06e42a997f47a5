using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace SccSite.Markdown;

/// <summary>The one Markdig pipeline of the site, built once and shared by every page.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>How deep blocks and inlines may nest. Markdig's default too, set here so it is a decision: deeper is an error at its line.</summary>
    public const int MaxNestingDepth = 128;

    public static MarkdownPipeline Shared { get; } = Create();

    private static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder { MaximumNestingDepth = MaxNestingDepth }
            // GitHub-style ids keep Cyrillic and Chinese heading text; it must come before the advanced extensions.
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseFootnotes()
            .UseGenericAttributes()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseFigures()
            .UsePreciseSourceLocation()
            .Build();
}
