using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace SccSite.Engine;

/// <summary>What a module may see: the build's settings, errors, and the outputs of other pipelines.</summary>
public sealed class BuildContext
{
    private readonly ConcurrentBag<BuildError> _errors = [];
    private readonly ConcurrentBag<string> _notices = [];
    private readonly Dictionary<string, ImmutableArray<Document>> _outputs = new(StringComparer.Ordinal);
    private readonly ImmutableDictionary<Type, object> _services;

    public BuildContext(params object[] services)
    {
        _services = services.ToImmutableDictionary(s => s.GetType(), s => s);
    }

    /// <summary>A typed, read-only service of the build (site settings, theme, paths …).</summary>
    public T Get<T>() where T : class =>
        _services.TryGetValue(typeof(T), out var s) ? (T)s : throw new InvalidOperationException($"The build has no {typeof(T).Name}.");

    public bool HasErrors => !_errors.IsEmpty;

    public void Report(BuildError error) => _errors.Add(error);

    public void Report(IEnumerable<BuildError> errors)
    {
        foreach (var e in errors) _errors.Add(e);
    }

    /// <summary>An informational line for the build summary (never fails the build).</summary>
    public void Notice(string message) => _notices.Add(message);

    public ImmutableArray<BuildError> Errors =>
        [.. _errors.Distinct().OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column).ThenBy(e => e.Message, StringComparer.Ordinal)];

    public ImmutableArray<string> Notices => [.. _notices.Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The latest documents of a pipeline this one depends on.</summary>
    public ImmutableArray<Document> OutputOf(string pipeline)
    {
        lock (_outputs)
            return _outputs.TryGetValue(pipeline, out var docs) ? docs : [];
    }

    internal void SetOutput(string pipeline, ImmutableArray<Document> documents)
    {
        lock (_outputs) _outputs[pipeline] = documents;
    }
}
