namespace SccSite.Engine;

/// <summary>
/// Records what a piece of work reads while it runs. The model's own getters report their reads
/// here, so what an output depends on is observed while it is rendered, never listed by hand.
/// Off (a null check) unless a recording is open on the current thread.
/// </summary>
public static class ReadTracker
{
    [ThreadStatic]
    private static HashSet<Dependency>? _current;

    public static void Touch(Dependency dependency) => _current?.Add(dependency);

    public static void Touch(DependencyKind kind, string name, string language = "")
    {
        if (_current is not null) _current.Add(new Dependency(kind, name, language));
    }

    /// <summary>True while a recording is open on this thread.</summary>
    public static bool IsRecording => _current is not null;

    /// <summary>Reports reads recorded earlier again (a cached value that was computed from them).</summary>
    public static void Touch(IEnumerable<Dependency> reads)
    {
        if (_current is not null) _current.UnionWith(reads);
    }

    /// <summary>Starts recording on this thread; dispose the scope to stop (recordings nest).</summary>
    public static Recording Record() => new(_current);

    public sealed class Recording : IDisposable
    {
        private readonly HashSet<Dependency>? _outer;

        internal Recording(HashSet<Dependency>? outer)
        {
            _outer = outer;
            _current = Reads;
        }

        public HashSet<Dependency> Reads { get; } = [];

        public void Dispose()
        {
            _current = _outer;
            _outer?.UnionWith(Reads);
        }
    }
}
