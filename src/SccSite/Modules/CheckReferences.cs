using System.Collections.Immutable;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Modules;

/// <summary>Checks that every priority and place a page names exists.</summary>
public sealed class CheckReferences : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, BuildContext context)
    {
        if (inputs.IsEmpty) return inputs;
        var model = inputs[0].Get<SiteModel>();
        var data = context.Get<SiteData>();
        var priorities = model.OfKind(PageKind.Priority).Select(p => p.Slug).ToList();
        foreach (var node in model.Nodes)
        {
            var (priority, place) = node.Facts switch
            {
                InitiativeFacts i => (i.Priority, (string?)null),
                EventFacts e => (e.Priority, e.Place),
                _ => ((string?)null, (string?)null),
            };
            var meta = node.Source.Get<FrontMatter>();
            var file = node.Source.Get<SourceFile>().DisplayPath;
            if (priority is not null && !priorities.Contains(priority))
                context.Report(At(file, meta, "priority", $"Unknown priority '{priority}'.", $"Use the file name of a page in priorities/: {string.Join(", ", priorities)}."));
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
