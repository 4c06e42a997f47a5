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
        var started = new Dictionary<(string Key, string Language), PageFile>(); // 'untranslated: true': not yet a translation
        var orphans = ImmutableArray.CreateBuilder<OrphanTranslation>();
        var unmatched = new List<PageFile>();
        foreach (var file in all.Where(f => f.Language != config.DefaultLanguage))
        {
            var key = file.Text.TranslationKey ?? file.PathKey;
            if (!lookup.TryGetValue(key, out var nodeKey))
            {
                unmatched.Add(file);
                continue;
            }
            var source = sources[nodeKey];
            if (source.Meta.Kind != file.Meta.Kind)
            {
                errors.Add(BuildError.InFile(file.DisplayPath, $"This translation is a {file.Meta.Kind} page but its source {source.DisplayPath} is a {source.Meta.Kind} page.", "Keep translations in the same section folder as their source."));
                continue;
            }
            var slot = (nodeKey, file.Language);
            if ((translations.GetValueOrDefault(slot) ?? started.GetValueOrDefault(slot)) is { } taken)
            {
                errors.Add(BuildError.InFile(file.DisplayPath, $"Another {file.Language} page, {taken.DisplayPath}, already translates '{nodeKey}'.", "Keep one translation per page and language."));
                continue;
            }
            (file.Meta.Untranslated ? started : translations)[slot] = file;
            errors.AddRange(ContradictedFacts(source, file));
        }

        foreach (var file in unmatched)
        {
            var key = file.Text.TranslationKey ?? file.PathKey;
            if (MovedSource(file, sources, translations, started) is { } moved)
            {
                var old = $"{file.DisplayPath[..^(file.Language.Length + 1 + file.File.RelativePath.Length)]}{config.DefaultLanguage}/{key}.md";
                errors.Add(BuildError.InFile(file.DisplayPath,
                    $"This translation's {config.DefaultLanguage} page {old} is gone, and {moved.DisplayPath} looks like it, moved by hand: a moved page loses its translations, its old URL and the links to it.",
                    $"Run 'sccsite move {old} {moved.DisplayPath}': it moves the translations too, redirects the old URL and rewrites the links."));
                continue;
            }
            orphans.Add(new OrphanTranslation(file.Language, file.DisplayPath, key));
            notices.Add($"orphaned translation {file.DisplayPath}: no {config.DefaultLanguage} page has the path or translationKey '{key}'; it is not published.");
        }

        var nodes = sources.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new PageNode(s.Key, s.Value, node => [.. config.Languages.Select(l => Localize(config, node, l, translations, started))]))
            .ToImmutableArray();
        errors.AddRange(Collisions(nodes));
        return new GraphResult(new TranslationGraph(config, nodes, orphans.ToImmutable()), errors.ToImmutable(), notices.ToImmutable()) { SkippedDrafts = skipped };
    }

    private static LocalizedPage Localize(SiteConfig config, PageNode node, Language language, Dictionary<(string, string), PageFile> translations, Dictionary<(string, string), PageFile> started)
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
                return new LocalizedPage(node, language, content, config.Language(code), TranslationState.Fallback, PageUrls.Url(config, language.Code, sourcePath), PageUrls.Destination(language.Code, sourcePath))
                {
                    Started = started.GetValueOrDefault((node.Key, language.Code)),
                };
        }
        throw new InvalidOperationException("The fallback chain always ends at the default language.");
    }

    /// <summary>
    /// The source page a translation without a source most likely belongs to after a rename by hand:
    /// a page without a translation in that language whose text is the version the translation was
    /// made from, or else the only such page with the same file name. Pages of another kind never qualify.
    /// </summary>
    private static PageFile? MovedSource(PageFile orphan, Dictionary<string, PageFile> sources, Dictionary<(string, string), PageFile> translations, Dictionary<(string, string), PageFile> started)
    {
        var candidates = sources.Where(s => s.Value.Meta.Kind == orphan.Meta.Kind && !translations.ContainsKey((s.Key, orphan.Language)) && !started.ContainsKey((s.Key, orphan.Language)))
            .Select(s => s.Value).ToList();
        var sameText = candidates.Where(c => c.Hash.Value == orphan.Text.TranslatedFrom).ToList();
        if (sameText.Count == 1) return sameText[0];
        var name = (orphan.Text.TranslationKey ?? orphan.PathKey).Split('/')[^1];
        var sameName = candidates.Where(c => c.PathKey.Split('/')[^1] == name).ToList();
        return sameName.Count == 1 ? sameName[0] : null;
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
