namespace SccSite.Content;

/// <summary>How input/ is laid out: one folder per language, plus data/ and static/.</summary>
public static class InputLayout
{
    public const string DataFolder = "data";
    public const string StaticFolder = "static";

    /// <summary>A URL path segment: letters (any script), digits, '-' and '_', not starting with '.' or '-'.</summary>
    public static bool IsSafeSegment(string segment) =>
        segment.Length > 0 && segment[0] != '-' && segment.All(c => char.IsLetterOrDigit(c) || c is '-' or '_');
}
