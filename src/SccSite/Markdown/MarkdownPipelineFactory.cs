using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace SccSite.Markdown;

/// <summary>The one Markdig pipeline of the site, built once and shared by every page.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Shared { get; } = Create();

    private static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
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
