namespace SccSite.Content;

/// <summary>How input/ is laid out: one folder per language, plus data/ and static/; and which files are not the site's.</summary>
public static class InputLayout
{
    public const string DataFolder = "data";
    public const string StaticFolder = "static";

    private static readonly string[] IgnoredEndings = ["~", ".swp", ".swx", ".swo", ".tmp", "___jb_tmp___", "___jb_old___"];

    /// <summary>A URL path segment: letters (any script), digits, '-' and '_', not starting with '.' or '-'.</summary>
    public static bool IsSafeSegment(string segment) =>
        segment.Length > 0 && segment[0] != '-' && segment.All(c => char.IsLetterOrDigit(c) || c is '-' or '_');

    private static readonly HashSet<string> WindowsDeviceNames = new(
        ["con", "prn", "aux", "nul", .. Enumerable.Range(1, 9).SelectMany(i => new[] { $"com{i}", $"lpt{i}" })], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A name Windows reserves for a device (con, nul, aux, com1…, in any case, with any extension): a file or
    /// folder so named cannot be checked out or written there, so a site that uses one builds only on Linux and macOS.
    /// </summary>
    public static bool IsWindowsDeviceName(string segment) => WindowsDeviceNames.Contains(segment);

    /// <summary>
    /// Files editors and systems leave beside real ones, which a build never reads (as Hugo's watcher
    /// skips them): dotfiles and dot-folders (.DS_Store, .page.md.swp, .#page.md), Emacs #page.md#,
    /// backups page.md~, and *.swp, *.swx, *.tmp, JetBrains *___jb_tmp___.
    /// </summary>
    public static bool IsIgnored(string name) =>
        name.StartsWith('.') || (name.StartsWith('#') && name.EndsWith('#')) || IgnoredEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Every file under a folder that is not ignored, as '/'-separated relative paths in ordinal order.</summary>
    public static IEnumerable<string> Files(string root) => Files(root, links: null);

    /// <summary>
    /// Every file under a folder that is not ignored. When <paramref name="links"/> is given, symbolic links
    /// (to files or folders) are not followed but added to it, so what they point to, which may be outside
    /// the folder, is never read.
    /// </summary>
    public static IEnumerable<string> Files(string root, List<string>? links)
    {
        if (!Directory.Exists(root)) return [];
        var found = new List<string>();
        Walk(new DirectoryInfo(root), "", found, links);
        found.Sort(StringComparer.Ordinal);
        links?.Sort(StringComparer.Ordinal);
        return found;
    }

    private static void Walk(DirectoryInfo folder, string prefix, List<string> found, List<string>? links)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (IsIgnored(entry.Name)) continue;
            if (links is not null && entry.LinkTarget is not null) links.Add(prefix + entry.Name);
            else if (entry is DirectoryInfo child) Walk(child, prefix + entry.Name + "/", found, links);
            else found.Add(prefix + entry.Name);
        }
    }
}
