namespace SccSite.Markdown;

/// <summary>Something wrong in a page's Markdown: where it is in the file (1-based), what is wrong and how to fix it.</summary>
public sealed record MarkdownProblem(int Line, int Column, string Message, string Hint);

/// <summary>A page passes a limit of the Markdown parser: it is not parsed further.</summary>
public sealed class MarkdownLimitException(MarkdownProblem problem) : Exception(problem.Message)
{
    public MarkdownProblem Problem { get; } = problem;
}
