using System.Collections.Concurrent;
using SccSite.Engine;

namespace SccSite.Content;

/// <summary>
/// The page files a preview session has read, by path, with their size and time: an unchanged file
/// is not read again and keeps its document (and revision), so what was made from it can be reused.
/// A one-off build uses <see cref="None"/>, which remembers nothing.
/// </summary>
public sealed class SourceCache
{
    private readonly ConcurrentDictionary<string, (long Size, long Ticks, Document Document)> _files = new(StringComparer.Ordinal);
    private long _revision;

    private SourceCache(bool enabled) => Enabled = enabled;

    public static SourceCache None { get; } = new(false);

    public static SourceCache Create() => new(true);

    public bool Enabled { get; }

    /// <summary>The document read earlier from this file, if the file has not changed since.</summary>
    public Document? Find(string fullPath, FileInfo info) =>
        Enabled && _files.TryGetValue(fullPath, out var entry) && entry.Size == info.Length && entry.Ticks == info.LastWriteTimeUtc.Ticks ? entry.Document : null;

    /// <summary>Remembers a freshly read file's document, giving it a new revision.</summary>
    public Document Remember(string fullPath, FileInfo info, Document document)
    {
        if (!Enabled) return document;
        var revised = document.With(new Revision(Interlocked.Increment(ref _revision)));
        _files[fullPath] = (info.Length, info.LastWriteTimeUtc.Ticks, revised);
        return revised;
    }

    /// <summary>Forgets one file, so it is read again.</summary>
    public void Forget(string fullPath) => _files.TryRemove(fullPath, out _);

    /// <summary>Forgets files that are gone.</summary>
    public void Keep(IReadOnlySet<string> fullPaths)
    {
        foreach (var path in _files.Keys.Where(p => !fullPaths.Contains(p)).ToList()) _files.TryRemove(path, out _);
    }
}
