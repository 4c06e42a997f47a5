using SccSite.Engine;

namespace SccSite.Publishing;

/// <summary>
/// The rendered pages Pagefind indexes, gathered in a scratch folder while pages stream to the
/// output (which they cannot be read back from until the build commits). Off when search is off.
/// </summary>
public sealed class SearchPages : IDisposable
{
    private SearchPages(string? folder) => Folder = folder;

    /// <summary>The scratch folder, or null when no index is built.</summary>
    public string? Folder { get; }

    public static SearchPages None { get; } = new(null);

    public static SearchPages InScratchFolder() =>
        new(Path.Combine(Path.GetTempPath(), "sccsite-search-" + Guid.NewGuid().ToString("N")[..12], "site"));

    public void Add(string destination, ReadOnlySpan<byte> html)
    {
        if (Folder is null) return;
        var path = OutputPath.Under(Folder, destination);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, html);
    }

    public void Dispose()
    {
        var scratch = Folder is null ? null : Path.GetDirectoryName(Folder);
        if (scratch is not null && Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
    }
}
