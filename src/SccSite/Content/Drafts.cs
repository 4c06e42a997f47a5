namespace SccSite.Content;

/// <summary>Whether this build publishes pages marked 'draft: true' (the preview does; a published build does not).</summary>
public sealed record Drafts(bool Include)
{
    public static Drafts Excluded { get; } = new(false);
}
