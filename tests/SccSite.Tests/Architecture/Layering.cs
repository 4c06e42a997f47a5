using System.Reflection;
using NetArchTest.Rules;

namespace SccSite.Tests.Architecture;

/// <summary>
/// Layers from the bottom up: a namespace may use the layers below it, never one above. The
/// rule is a function of an assembly and its root namespace, so a planted violation can prove it bites.
/// </summary>
public static class Layering
{
    /// <summary>The site's layers, lowest first (namespaces relative to the root).</summary>
    public static readonly IReadOnlyList<string> SiteLayers =
    [
        "Text", "Engine", "Yaml", "Config", "Content", "I18n", "Markdown", "Templates", "Publishing", "Translations", "Authoring", "Modules", "",
    ];

    public sealed record Violation(string Type, string Layer, string UsesLayer)
    {
        public override string ToString() => $"{Type} (layer '{Layer}') uses layer '{UsesLayer}', which is above it.";
    }

    public static IReadOnlyList<Violation> Find(Assembly assembly, string root, IReadOnlyList<string> layers)
    {
        var violations = new List<Violation>();
        for (var i = 0; i < layers.Count; i++)
        {
            var higher = layers.Skip(i + 1).SelectMany(l => Targets(assembly, root, l)).ToArray();
            if (higher.Length == 0) continue;
            var result = InLayer(assembly, root, layers[i]).ShouldNot().HaveDependencyOnAny(higher).GetResult();
            if (result.IsSuccessful) continue;
            foreach (var type in result.FailingTypeNames ?? [])
            {
                var used = layers.Skip(i + 1).First(l => Targets(assembly, root, l).Any(t => UsesAny(assembly, type, t)));
                violations.Add(new Violation(type, Display(layers[i]), Display(used)));
            }
        }
        return violations;
    }

    private static PredicateList InLayer(Assembly assembly, string root, string layer) => layer.Length == 0
        ? Types.InAssembly(assembly).That().ResideInNamespaceMatching($"^{Escape(root)}$")
        : Types.InAssembly(assembly).That().ResideInNamespaceMatching($"^{Escape(root)}\\.{Escape(layer)}(\\..*)?$");

    /// <summary>Dependency prefixes naming a layer: its namespace, or for the root layer each root type.</summary>
    private static IEnumerable<string> Targets(Assembly assembly, string root, string layer) => layer.Length == 0
        ? assembly.GetTypes().Where(t => t.Namespace == root && !t.Name.StartsWith('<')).Select(t => t.FullName!)
        : [$"{root}.{layer}"];

    private static bool UsesAny(Assembly assembly, string type, string target) =>
        !Types.InAssembly(assembly).That().HaveNameMatching($"^{Escape(type.Split('.')[^1])}$")
            .ShouldNot().HaveDependencyOn(target).GetResult().IsSuccessful;

    private static string Display(string layer) => layer.Length == 0 ? "(root: SiteBuilder)" : layer;

    private static string Escape(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
