using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace SccSite.Engine;

/// <summary>One build's shared state: its services, the typed products modules publish, errors and notices.</summary>
public sealed class BuildContext
{
    private readonly ConcurrentBag<BuildError> _errors = [];
    private readonly ConcurrentBag<string> _notices = [];
    private readonly ConcurrentDictionary<Type, object> _values = new();

    /// <param name="services">Read-only inputs of the build (site settings, theme, paths …), one per type.</param>
    public BuildContext(params object[] services)
    {
        foreach (var service in services)
            if (!_values.TryAdd(service.GetType(), service))
                throw new ArgumentException($"Two services of type {service.GetType().Name}.", nameof(services));
    }

    public CancellationToken Cancellation { get; init; }

    /// <summary>Called as phases start and documents are done; null when nobody watches.</summary>
    public Action<BuildProgress>? Progress { get; init; }

    /// <summary>What a session remembers from its earlier builds; null for a one-off build.</summary>
    public BuildMemory? Memory { get; init; }

    /// <summary>The current versions of what outputs read; needed with <see cref="Memory"/>.</summary>
    public IDependencyVersions? Versions { get; init; }

    public bool Has(Type type) => _values.ContainsKey(type);

    /// <summary>A service, or a product an earlier module provided.</summary>
    public T Get<T>() where T : class =>
        _values.TryGetValue(typeof(T), out var value) ? (T)value : throw new InvalidOperationException($"The build has no {typeof(T).Name}.");

    public T? Find<T>() where T : class => _values.TryGetValue(typeof(T), out var value) ? (T)value : null;

    internal void Provide<T>(T product) where T : class => _values[typeof(T)] = product;

    public bool HasErrors => !_errors.IsEmpty;

    public void Report(BuildError error) => _errors.Add(error);

    public void Report(IEnumerable<BuildError> errors)
    {
        foreach (var e in errors) _errors.Add(e);
    }

    public void Notice(string message) => _notices.Add(message);

    public ImmutableArray<BuildError> Errors =>
        [.. _errors.Distinct().OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column).ThenBy(e => e.Message, StringComparer.Ordinal)];

    public ImmutableArray<string> Notices => [.. _notices.Distinct().Order(StringComparer.Ordinal)];
}
