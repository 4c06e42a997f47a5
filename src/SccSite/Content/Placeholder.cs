namespace SccSite.Content;

/// <summary>
/// What 'sccsite new' writes where the editor must fill something in. A value or paragraph that
/// still starts with it fails the build, so a half-written page cannot be published by accident.
/// </summary>
public static class Placeholder
{
    public const string Prefix = "TODO:";

    public static bool IsPlaceholder(string text) => text.TrimStart().StartsWith(Prefix, StringComparison.Ordinal);
}
