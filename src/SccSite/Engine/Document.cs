using System.Collections.Immutable;

namespace SccSite.Engine;

/// <summary>
/// An immutable unit of work flowing through modules. Typed facets replace Statiq's
/// string-keyed metadata: each facet is stored under its own type.
/// </summary>
public sealed class Document
{
    private readonly ImmutableDictionary<Type, object> _facets;

    private Document(string id, string? destination, string? content, ImmutableDictionary<Type, object> facets)
    {
        Id = id;
        Destination = destination;
        Content = content;
        _facets = facets;
    }

    /// <summary>A stable identity used for ordering and messages (usually the source path).</summary>
    public string Id { get; }

    /// <summary>Output path relative to the output folder, with '/' separators; null if not written.</summary>
    public string? Destination { get; }

    /// <summary>The text to write, once rendered.</summary>
    public string? Content { get; }

    public static Document Create(string id) => new(id, null, null, ImmutableDictionary<Type, object>.Empty);

    public Document WithDestination(string destination) => new(Id, OutputPath.Normalize(destination), Content, _facets);

    public Document WithContent(string content) => new(Id, Destination, content, _facets);

    /// <summary>A copy without its text, once the text has gone to the output.</summary>
    public Document WithoutContent() => new(Id, Destination, null, _facets);

    public Document With<T>(T facet) where T : class => new(Id, Destination, Content, _facets.SetItem(typeof(T), facet));

    /// <summary>A copy without a facet, so a large intermediate value (a syntax tree) can be freed.</summary>
    public Document Without<T>() where T : class => new(Id, Destination, Content, _facets.Remove(typeof(T)));

    public T Get<T>() where T : class =>
        _facets.TryGetValue(typeof(T), out var value)
            ? (T)value
            : throw new InvalidOperationException($"Document '{Id}' has no {typeof(T).Name}; a module that provides it must run earlier.");

    public T? Find<T>() where T : class => _facets.TryGetValue(typeof(T), out var value) ? (T)value : null;

    /// <summary>What a step changed between its input and its output: facets set or removed, destination and content.</summary>
    internal DocumentChange ChangeTo(Document output)
    {
        var set = output._facets.Where(f => !_facets.TryGetValue(f.Key, out var before) || !ReferenceEquals(before, f.Value)).ToImmutableArray();
        var removed = _facets.Keys.Where(k => !output._facets.ContainsKey(k)).ToImmutableArray();
        return new DocumentChange(set, removed, output.Destination, output.Content);
    }

    /// <summary>This document with a remembered change applied.</summary>
    internal Document Apply(DocumentChange change)
    {
        var facets = _facets.RemoveRange(change.Removed).SetItems(change.Set);
        return new Document(Id, change.Destination, change.Content, facets);
    }

    public override string ToString() => Destination is null ? Id : $"{Id} -> {Destination}";
}

/// <summary>The difference a step made to a document.</summary>
internal sealed record DocumentChange(ImmutableArray<KeyValuePair<Type, object>> Set, ImmutableArray<Type> Removed, string? Destination, string? Content);
