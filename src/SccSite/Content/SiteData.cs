using System.Collections.Immutable;
using SccSite.Config;
using SccSite.Engine;
using SccSite.Yaml;

namespace SccSite.Content;

/// <summary>Language-neutral data shared by pages: places, named once in every language (input/data/places.yml).</summary>
public sealed record SiteData(ImmutableSortedDictionary<string, ImmutableDictionary<string, string>> Places)
{
    public static readonly SiteData Empty = new(ImmutableSortedDictionary<string, ImmutableDictionary<string, string>>.Empty);

    public string PlaceName(string key, string language)
    {
        ReadTracker.Touch(DependencyKind.Data, key, language);
        return Places[key][language];
    }

    public static SiteData Load(BuildPaths paths, SiteConfig config)
    {
        var file = Path.Combine(paths.Input, "data", "places.yml");
        if (!File.Exists(file)) return Empty;
        var display = paths.Display(file);
        var errors = new List<BuildError>();
        var map = YamlMap.Parse(SourceText.Read(file, display), display, 0, errors) ?? throw new BuildException(errors);
        var places = ImmutableSortedDictionary.CreateBuilder<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var key in map.Keys.ToList())
        {
            var names = map.Map(key);
            if (names is null) continue;
            var byLanguage = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var language in config.Languages)
                if (names.Text(language.Code, required: true) is { } name) byLanguage[language.Code] = name;
            names.RejectUnknownKeys($"place '{key}'", config.Languages.Select(l => l.Code));
            places[key] = byLanguage.ToImmutable();
        }
        if (errors.Count > 0) throw new BuildException(errors);
        return new SiteData(places.ToImmutable());
    }
}
