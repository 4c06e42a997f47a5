using System.Collections.Immutable;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Modules;

/// <summary>Checks that every priority and place a page names exists.</summary>
public sealed class CheckReferences : IModule, IReads<SiteModel>, IReads<SiteData>
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var model = context.Get<SiteModel>();
        var data = context.Get<SiteData>();
        var priorities = model.Priorities.Select(p => p.Slug).ToList();
        foreach (var node in model.Nodes)
        {
            var (priority, place) = node.Facts switch
            {
                InitiativeFacts i => (i.Priority, (string?)null),
                EventFacts e => (e.Priority, e.Place),
                _ => ((string?)null, (string?)null),
            };
            var meta = node.Source.Meta;
            var file = node.Source.DisplayPath;
            if (priority is not null && !priorities.Contains(priority))
                context.Report(At(file, meta, "priority", $"Unknown priority '{priority}'.", $"Use the file name of a page in priorities/: {string.Join(", ", priorities.Order(StringComparer.Ordinal))}."));
            if (place is not null && !data.Places.ContainsKey(place))
                context.Report(At(file, meta, "place", $"Unknown place '{place}'.", data.Places.IsEmpty ? "Add it to input/data/places.yml." : $"Use one of: {string.Join(", ", data.Places.Keys)}, or add it to input/data/places.yml."));
        }
        return inputs;
    }

    private static BuildError At(string file, FrontMatter meta, string field, string message, string hint)
    {
        var (line, column) = meta.FactPositions.GetValueOrDefault(field, (1, 1));
        return new BuildError(file, line, column, message, hint);
    }
}
