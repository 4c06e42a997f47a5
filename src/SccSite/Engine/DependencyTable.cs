using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace SccSite.Engine;

/// <summary>A remembered read: an interned dependency and the version it had.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct Read(int Id, long Version);

/// <summary>
/// Interns the dependencies a session has seen as small integers, so a remembered output's reads are
/// checked against an array of this build's versions instead of a dictionary keyed by strings
/// (profiled: those lookups were a third of a 10,000-page rebuild).
/// </summary>
internal sealed class DependencyTable
{
    private readonly ConcurrentDictionary<Dependency, int> _ids = new();
    private readonly Lock _gate = new();
    private Dependency[] _dependencies = new Dependency[1024];
    private int _count;
    private BuildVersions? _current;

    public int IdOf(Dependency dependency) =>
        _ids.TryGetValue(dependency, out var id) ? id : _ids.GetOrAdd(dependency, static (d, table) => table.Add(d), this);

    private int Add(Dependency dependency)
    {
        lock (_gate)
        {
            if (_count == _dependencies.Length)
            {
                var grown = new Dependency[_count * 2];
                Array.Copy(_dependencies, grown, _count);
                Volatile.Write(ref _dependencies, grown);
            }
            _dependencies[_count] = dependency; // a lost race leaves an unused id that still names it
            return _count++;
        }
    }

    /// <summary>The dependency of an id this table gave out (no lock: an id is handed out only after its slot is written).</summary>
    public Dependency this[int id] => Volatile.Read(ref _dependencies)[id];

    /// <summary>This build's versions, each computed at most once; a new build brings new versions.</summary>
    public BuildVersions For(IDependencyVersions versions)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && ReferenceEquals(current.Source, versions)) return current;
        lock (_gate)
        {
            if (_current is null || !ReferenceEquals(_current.Source, versions)) _current = new BuildVersions(this, versions, _count);
            return _current;
        }
    }

    public Read[] Remember(IEnumerable<Dependency> reads, BuildVersions versions) =>
        [.. reads.Select(d => IdOf(d)).Select(id => new Read(id, versions.Of(id)))];
}

/// <summary>One build's versions of the interned dependencies; ids made during the build overflow into a dictionary.</summary>
internal sealed class BuildVersions(DependencyTable table, IDependencyVersions source, int known)
{
    private readonly long[] _values = new long[known];
    private readonly int[] _computed = new int[known];
    private readonly ConcurrentDictionary<int, long> _overflow = new();

    public IDependencyVersions Source => source;

    public long Of(int id)
    {
        if (id >= _values.Length) return _overflow.GetOrAdd(id, i => source.VersionOf(table[i]));
        if (Volatile.Read(ref _computed[id]) != 0) return _values[id];
        var version = source.VersionOf(table[id]); // two threads may both compute it: the same value
        _values[id] = version;
        Volatile.Write(ref _computed[id], 1);
        return version;
    }

    public bool Unchanged(Read[] reads)
    {
        foreach (var read in reads)
            if (Of(read.Id) != read.Version) return false;
        return true;
    }
}
