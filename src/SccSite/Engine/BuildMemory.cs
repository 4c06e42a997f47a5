using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace SccSite.Engine;

/// <summary>What identifies a chain's input: a remembered step's revision, or the document's identity and destination.</summary>
internal readonly record struct InputSignature(long Revision, string Id, string Destination);

/// <summary>The version of a document's data made by a remembered step; what follows compares it.</summary>
public sealed record Revision(long Value);

/// <summary>
/// What a preview session remembers between builds: for each document and chain of modules, the
/// input it saw, the values it read (with their versions) and what it changed. A chain runs again
/// only when its input or one of those values changed; otherwise its changes are applied as they were.
/// </summary>
public sealed class BuildMemory
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Entry>> _chains = new(StringComparer.Ordinal);
    private long _revision;

    internal sealed record Entry(InputSignature Input, Read[] Reads, DocumentChange Change, long Revision);

    internal DependencyTable Dependencies { get; } = new();

    private int _ran;
    private int _replayed;

    /// <summary>How many document chains ran since the counts were reset.</summary>
    public int Ran => _ran;

    /// <summary>How many document chains were replayed from memory since the counts were reset.</summary>
    public int Replayed => _replayed;

    internal void CountRan() => Interlocked.Increment(ref _ran);

    internal void CountReplayed() => Interlocked.Increment(ref _replayed);

    internal long NextRevision() => Interlocked.Increment(ref _revision);

    private readonly ConcurrentDictionary<string, (Read[] Reads, object Value)> _values = new(StringComparer.Ordinal);

    /// <summary>The value made last time under this key if nothing it read changed since; else makes and remembers it.</summary>
    internal T Recall<T>(string key, Func<T> make, IDependencyVersions versions) where T : class
    {
        var current = Dependencies.For(versions);
        if (_values.TryGetValue(key, out var kept) && kept.Value is T value && current.Unchanged(kept.Reads))
        {
            ReadTracker.Touch(kept.Reads.Select(r => Dependencies[r.Id]));
            return value;
        }
        T made;
        HashSet<Dependency> recorded;
        using (var recording = ReadTracker.Record())
        {
            made = make();
            recorded = recording.Reads;
        }
        _values[key] = (Dependencies.Remember(recorded, current), made);
        return made;
    }

    private ConcurrentDictionary<string, Entry> Chain(string chain) =>
        _chains.GetOrAdd(chain, static _ => new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal));

    internal Entry? Find(string chain, string document) => Chain(chain).GetValueOrDefault(document);

    internal void Remember(string chain, string document, Entry entry) => Chain(chain)[document] = entry;

    /// <summary>Forgets documents that no longer exist, so memory does not grow with renames.</summary>
    internal void Keep(string chain, IReadOnlySet<string> documents)
    {
        var entries = Chain(chain);
        foreach (var (document, _) in entries)
            if (!documents.Contains(document)) entries.TryRemove(document, out _);
    }

    public void ResetCounts()
    {
        _ran = 0;
        _replayed = 0;
    }
}

/// <summary>A module whose work leaves a mark outside its document (a staged file); a remembered run must leave it again.</summary>
public interface IReplayable
{
    void Replay(Document output, ModuleContext context);
}
