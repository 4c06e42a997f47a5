using System.Collections.Immutable;
using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Modules;

/// <summary>
/// The one place the translation graph is built. Pages that share a path (or a translationKey)
/// are one node; every node is published in every language, by translation or by fallback.
/// Emits one document per page and language, each carrying the shared <see cref="SiteModel"/>.
/// </summary>
public sealed class BuildTranslationGraph : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, BuildContext context)
    {
        var config = context.Get<SiteConfig>();
        var sources = inputs.Where(d => d.Get<SourceFile>().Language == config.DefaultLanguage).ToList();
        var translations = inputs.Where(d => d.Get<SourceFile>().Language != config.DefaultLanguage).ToList();

        var nodes = new Dictionary<string, PageNode>(StringComparer.Ordinal);
        var lookup = new Dictionary<string, PageNode>(StringComparer.Ordinal);
        foreach (var doc in sources)
        {
            var file = doc.Get<SourceFile>();
            var meta = doc.Get<FrontMatter>();
            var key = meta.Text.TranslationKey ?? file.PathKey;
            if (nodes.TryGetValue(key, out var existing))
            {
                context.Report(BuildError.InFile(file.DisplayPath, $"translationKey '{key}' is already used by {existing.Source.Get<SourceFile>().DisplayPath}.", "Give each page its own translationKey."));
                continue;
            }
            var node = new PageNode(key, meta.Kind, PageKinds.SectionOf(file.PathKey), meta.Facts ?? PageFacts.None, doc, doc.Get<SourceHash>().Value);
            nodes[key] = node;
            lookup[key] = node;
            lookup.TryAdd(file.PathKey, node);
        }

        var byNode = new Dictionary<(string Key, string Lang), Document>();
        var orphans = ImmutableArray.CreateBuilder<OrphanTranslation>();
        foreach (var doc in translations)
        {
            var file = doc.Get<SourceFile>();
            var meta = doc.Get<FrontMatter>();
            var key = meta.Text.TranslationKey ?? file.PathKey;
            if (!lookup.TryGetValue(key, out var node))
            {
                orphans.Add(new OrphanTranslation(file.Language, file.DisplayPath, key));
                context.Notice($"orphaned translation {file.DisplayPath}: no {config.DefaultLanguage} page has the path or translationKey '{key}'; it is not published.");
                continue;
            }
            if (node.Kind != meta.Kind)
            {
                context.Report(BuildError.InFile(file.DisplayPath, $"This translation is a {meta.Kind} page but its source {node.Source.Get<SourceFile>().DisplayPath} is a {node.Kind} page.", "Keep translations in the same section folder as their source."));
                continue;
            }
            if (!byNode.TryAdd((node.Key, file.Language), doc))
            {
                context.Report(BuildError.InFile(file.DisplayPath, $"Another {file.Language} page, {byNode[(node.Key, file.Language)].Get<SourceFile>().DisplayPath}, already translates '{node.Key}'.", "Keep one translation per page and language."));
                continue;
            }
            CheckInheritedFacts(node, file, meta, context);
        }

        var ordered = nodes.Values.OrderBy(n => n.Key, StringComparer.Ordinal).ToImmutableArray();
        var model = new SiteModel(config, ordered, orphans.ToImmutable());
        var output = ImmutableArray.CreateBuilder<Document>();
        var destinations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in ordered)
        {
            foreach (var language in config.Languages)
            {
                var page = Localize(config, node, language, byNode);
                if (destinations.TryGetValue(page.Destination, out var other))
                {
                    context.Report(BuildError.InFile(page.Content.Get<SourceFile>().DisplayPath, $"Two pages would be written to {page.Destination} (also {other}).", "Rename one of the files."));
                    continue;
                }
                destinations[page.Destination] = page.Content.Get<SourceFile>().DisplayPath;
                node.Publish(page);
                output.Add(Document.Create($"{language.Code}:{node.Key}").WithDestination(page.Destination).With(page).With(model));
            }
        }
        return output.ToImmutable();
    }

    private static LocalizedPage Localize(SiteConfig config, PageNode node, Language language, Dictionary<(string, string), Document> byNode)
    {
        var sourcePath = node.Source.Get<SourceFile>().PathKey;
        if (language.Code == config.DefaultLanguage)
            return new LocalizedPage(node, language, node.Source, language, TranslationState.Original, PageUrls.Url(config, language.Code, sourcePath), PageUrls.Destination(language.Code, sourcePath));
        if (byNode.TryGetValue((node.Key, language.Code), out var translation))
        {
            var path = translation.Get<SourceFile>().PathKey;
            var state = translation.Get<FrontMatter>().Text.TranslatedFrom == node.SourceHash ? TranslationState.Current : TranslationState.Stale;
            return new LocalizedPage(node, language, translation, language, state, PageUrls.Url(config, language.Code, path), PageUrls.Destination(language.Code, path));
        }
        foreach (var code in config.FallbackChain(language))
        {
            var content = code == config.DefaultLanguage ? node.Source : byNode.GetValueOrDefault((node.Key, code));
            if (content is not null)
                return new LocalizedPage(node, language, content, config.Language(code), TranslationState.Fallback, PageUrls.Url(config, language.Code, sourcePath), PageUrls.Destination(language.Code, sourcePath));
        }
        throw new InvalidOperationException("The fallback chain always ends at the default language.");
    }

    private static void CheckInheritedFacts(PageNode node, SourceFile file, FrontMatter meta, BuildContext context)
    {
        if (meta.Facts is null) return;
        foreach (var (key, (line, column)) in meta.FactPositions.OrderBy(p => p.Value.Line))
        {
            var expected = FactValues.Of(node.Facts, key);
            var actual = FactValues.Of(meta.Facts, key);
            if (expected != actual)
                context.Report(new BuildError(file.DisplayPath, line, column,
                    $"'{key}: {actual}' contradicts the source page, which says '{expected ?? "(nothing)"}'.",
                    $"Remove '{key}' here: translations inherit language-neutral fields from {node.Source.Get<SourceFile>().DisplayPath}."));
        }
    }
}
