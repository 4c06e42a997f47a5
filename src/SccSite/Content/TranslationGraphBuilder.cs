using System.Collections.Immutable;
using SccSite.Config;
using SccSite.Engine;

namespace SccSite.Content;

/// <summary>
/// Pages that share a path (or a translationKey) are one node; every node is published in every
/// language, by translation or along the language's fallback chain.
/// </summary>
internal static class TranslationGraphBuilder
{
    public static GraphResult Build(SiteConfig config, IEnumerable<PageFile> files, bool includeDrafts)
    {
        var errors = ImmutableArray.CreateBuilder<BuildError>();
        var notices = ImmutableArray.CreateBuilder<string>();
        var all = files.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToList();
        var skipped = ImmutableArray<string>.Empty;
        if (!includeDrafts)
        {
            var draftKeys = all.Where(f => f.Language == config.DefaultLanguage && f.Meta.Draft)
                .SelectMany(f => new[] { f.Text.TranslationKey ?? f.PathKey, f.PathKey }).ToHashSet(StringComparer.Ordinal);
            var drafts = all.Where(f => f.Meta.Draft || (f.Language != config.DefaultLanguage && draftKeys.Contains(f.Text.TranslationKey ?? f.PathKey))).ToList();
            skipped = [.. drafts.Select(f => f.DisplayPath)];
            all = [.. all.Except(drafts)];
        }

        var sources = new Dictionary<string, PageFile>(StringComparer.Ordinal);
        var lookup = new Dictionary<string, string>(StringComparer.Ordinal); // translationKey or path → node key
        foreach (var file in all.Where(f => f.Language == config.DefaultLanguage))
        {
            var key = file.Text.TranslationKey ?? file.PathKey;
            if (sources.TryGetValue(key, out var existing))
            {
                errors.Add(BuildError.InFile(file.DisplayPath, $"translationKey '{key}' is already used by {existing.DisplayPath}.", "Give each page its own translationKey."));
                continue;
            }
            sources[key] = file;
            lookup[key] = key;
            lookup.TryAdd(file.PathKey, key);
        }

        var translations = new Dictionary<(string Key, string Language), PageFile>();
        var orphans = ImmutableArray.CreateBuilder<OrphanTranslation>();
        foreach (var file in all.Where(f => f.Language != config.DefaultLanguage))
        {
            var key = file.Text.TranslationKey ?? file.PathKey;
            if (!lookup.TryGetValue(key, out var nodeKey))
            {
                orphans.Add(new OrphanTranslation(file.Language, file.DisplayPath, key));
                notices.Add($"orphaned translation {file.DisplayPath}: no {config.DefaultLanguage} page has the path or translationKey '{key}'; it is not published.");
                continue;
            }
            var source = sources[nodeKey];
            if (source.Meta.Kind != file.Meta.Kind)
            {
                errors.Add(BuildError.InFile(file.DisplayPath, $"This translation is a {file.Meta.Kind} page but its source {source.DisplayPath} is a {source.Meta.Kind} page.", "Keep translations in the same section folder as their source."));
                continue;
            }
            if (!translations.TryAdd((nodeKey, file.Language), file))
            {
                errors.Add(BuildError.InFile(file.DisplayPath, $"Another {file.Language} page, {translations[(nodeKey, file.Language)].DisplayPath}, already translates '{nodeKey}'.", "Keep one translation per page and language."));
                continue;
            }
            errors.AddRange(ContradictedFacts(source, file));
        }

        var nodes = sources.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new PageNode(s.Key, s.Value, node => [.. config.Languages.Select(l => Localize(config, node, l, translations))]))
            .ToImmutableArray();
        errors.AddRange(Collisions(nodes));
        return new GraphResult(new TranslationGraph(config, nodes, orphans.ToImmutable()), errors.ToImmutable(), notices.ToImmutable()) { SkippedDrafts = skipped };
    }

    private static LocalizedPage Localize(SiteConfig config, PageNode node, Language language, Dictionary<(string, string), PageFile> translations)
    {
        var sourcePath = node.Source.PathKey;
        if (language.Code == config.DefaultLanguage)
            return new LocalizedPage(node, language, node.Source, language, TranslationState.Original, PageUrls.Url(config, language.Code, sourcePath), PageUrls.Destination(language.Code, sourcePath));
        if (translations.TryGetValue((node.Key, language.Code), out var translation))
        {
            var state = translation.Text.TranslatedFrom == node.Source.Hash.Value ? TranslationState.Current : TranslationState.Stale;
            return new LocalizedPage(node, language, translation, language, state, PageUrls.Url(config, language.Code, translation.PathKey), PageUrls.Destination(language.Code, translation.PathKey));
        }
        foreach (var code in config.FallbackChain(language))
        {
            var content = code == config.DefaultLanguage ? node.Source : translations.GetValueOrDefault((node.Key, code));
            if (content is not null)
                return new LocalizedPage(node, language, content, config.Language(code), TranslationState.Fallback, PageUrls.Url(config, language.Code, sourcePath), PageUrls.Destination(language.Code, sourcePath));
        }
        throw new InvalidOperationException("The fallback chain always ends at the default language.");
    }

    private static IEnumerable<BuildError> Collisions(ImmutableArray<PageNode> nodes)
    {
        var destinations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in nodes.SelectMany(n => n.Pages))
        {
            if (destinations.TryGetValue(page.Destination, out var other))
                yield return BuildError.InFile(page.Content.DisplayPath, $"Two pages would be written to {page.Destination} (also {other}).", "Rename one of the files.");
            else destinations[page.Destination] = page.Content.DisplayPath;
        }
    }

    private static IEnumerable<BuildError> ContradictedFacts(PageFile source, PageFile translation)
    {
        if (translation.Meta.Facts is null) yield break;
        var expectedFacts = source.Meta.Facts ?? PageFacts.None;
        foreach (var (key, (line, column)) in translation.Meta.FactPositions.OrderBy(p => p.Value.Line))
        {
            var expected = FactValues.Of(expectedFacts, key);
            var actual = FactValues.Of(translation.Meta.Facts, key);
            if (expected != actual)
                yield return new BuildError(translation.DisplayPath, line, column,
                    $"'{key}: {actual}' contradicts the source page, which says '{expected ?? "(nothing)"}'.",
                    $"Remove '{key}' here: translations inherit language-neutral fields from {source.DisplayPath}.");
        }
    }
}
