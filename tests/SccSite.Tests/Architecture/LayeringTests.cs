using SccSite.Tests.Architecture.Planted.Content;
using Xunit;

namespace SccSite.Tests.Architecture;

public class LayeringTests
{
    [Fact]
    public void No_layer_of_the_library_uses_a_layer_above_it()
    {
        var violations = Layering.Find(typeof(SiteBuilder).Assembly, "SccSite", Layering.SiteLayers);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void Every_namespace_of_the_library_belongs_to_a_layer()
    {
        var layers = Layering.SiteLayers.Select(l => l.Length == 0 ? "SccSite" : "SccSite." + l).ToList();
        var unplaced = typeof(SiteBuilder).Assembly.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct()
            .Where(ns => ns.StartsWith("SccSite", StringComparison.Ordinal) && !layers.Any(l => ns == l || ns.StartsWith(l + ".", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(unplaced);
    }

    [Fact]
    public void The_rule_catches_a_planted_upward_dependency()
    {
        var violations = Layering.Find(typeof(PlantedPage).Assembly, "SccSite.Tests.Architecture.Planted", ["Content", "Modules"]);
        var violation = Assert.Single(violations);
        Assert.Equal("SccSite.Tests.Architecture.Planted.Content.PlantedPage", violation.Type);
        Assert.Equal(("Content", "Modules"), (violation.Layer, violation.UsesLayer));
    }

    [Fact]
    public void The_rule_accepts_a_downward_dependency()
    {
        var violations = Layering.Find(typeof(PlantedPage).Assembly, "SccSite.Tests.Architecture.Planted", ["Modules", "Content"]);
        Assert.Empty(violations);
    }
}
