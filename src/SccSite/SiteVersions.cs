using System.Runtime.CompilerServices;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Templates;
using SccSite.Templates.Views;

namespace SccSite;

/// <summary>
/// The current version of each value an output can read, as a 64-bit hash of the value itself (so
/// versions from different builds compare), kept once per build by the session's memory. Used by a preview session to
/// decide which remembered results still hold.
/// </summary>
internal sealed class SiteVersions(BuildContext context, BuildPaths paths) : IDependencyVersions
{

    // A file's text is the same string object from build to build while the file is unchanged (the
    // source cache keeps it), so its hash is computed once per edit, not once per build.
    private static readonly ConditionalWeakTable<string, StrongBox<long>> TextHashes = new();

    /// <summary>Computes a version; the session's <see cref="BuildMemory"/> keeps each one for the rest of the build.</summary>
    public long VersionOf(Dependency d)
    {
        var hash = new Fnv();
        switch (d.Kind)
        {
            case DependencyKind.StaticFile:
                var file = new FileInfo(Path.Combine(paths.Input, InputLayout.StaticFolder, d.Name));
                return file.Exists ? hash.Add(file.Length).Add(file.LastWriteTimeUtc.Ticks).Value : 0;
            case DependencyKind.Template:
                var theme = context.Get<Theme>();
                var template = theme.Layouts.GetValueOrDefault(d.Name) ?? theme.Partials.GetValueOrDefault(d.Name);
                if (template is null) return 0;
                hash.Add(template.Text);
                if (theme.StringsByLanguage.TryGetValue(d.Language, out var folded))
                    foreach (var key in template.FoldedKeys) hash.Add(folded.TryText(key, out var text) ? text : "");
                return hash.Value;
            case DependencyKind.UiString:
                return context.Get<Theme>().StringsByLanguage.TryGetValue(d.Language, out var strings) && strings.Entries.TryGetValue(d.Name, out var entry)
                    ? hash.Add(EntryText(entry)).Value : 0;
            case DependencyKind.Assets:
                var assets = context.Get<AssetUrls>();
                return hash.Add(assets.Css).Add(assets.PrintCss).Add(assets.Favicon).Add(assets.SearchJs).Value;
            case DependencyKind.Data:
                var places = context.Get<SiteData>().Places;
                return places.TryGetValue(d.Name, out var names) ? hash.Add(names.GetValueOrDefault(d.Language) ?? "").Value : 0;
        }
        var model = context.Get<SiteModel>();
        switch (d.Kind)
        {
            case DependencyKind.Page:
                if (model.Graph.Find(d.Name) is not { } node || !node.Pages.Any(p => p.Language.Code == d.Language)) return 0;
                var page = node.In(d.Language);
                return hash.Add((int)page.State).Add(page.Url).Add(page.Destination).Add(page.ContentLanguage.Code).Add(page.Content.DisplayPath)
                    .Add(page.Text.Title).Add(page.Text.Description).Add(page.IsDraft).Value;
            case DependencyKind.Facts:
                if (model.Graph.Find(d.Name) is not { } factNode) return 0;
                foreach (var key in FrontMatterParser.FactKeys(factNode.Kind)) hash.Add(FactValues.Of(factNode.Facts, key) ?? "");
                return hash.Add(factNode.Order).Value;
            case DependencyKind.FileText:
                if (model.FileAt(d.Name) is not { } textFile) return 0;
                return hash.Add(textFile.Text.Title).Add(textFile.Text.Description).Add(textFile.Text.TranslationKey ?? "").Add(textFile.Text.TranslatedFrom ?? "").Add(textFile.IsDraft).Value;
            case DependencyKind.FileMeta:
                return model.FileAt(d.Name) is { } metaFile ? TextHashes.GetValue(metaFile.File.Text, text => new StrongBox<long>(new Fnv().Add(text).Value)).Value : 0;
            case DependencyKind.FileBody:
                return model.DocumentAt(d.Name)?.Find<Revision>()?.Value ?? 0;
            case DependencyKind.List:
                foreach (var item in ListItems(model, d.Name)) hash.Add(item);
                return hash.Value;
            case DependencyKind.Lookup:
                var found = d.Language.Length == 0 ? model.Graph.Find(d.Name) : model.Graph.FindByPath(d.Language, d.Name);
                return hash.Add(found?.Key ?? "").Value;
            default:
                throw new InvalidOperationException($"No version for {d.Kind}.");
        }
    }

    private static string EntryText(I18n.DictionaryEntry entry) => entry switch
    {
        I18n.TextEntry t => t.Text,
        I18n.PluralEntry p => string.Join('\u0002', p.Forms.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value)),
        I18n.ListEntry l => string.Join('\u0002', l.Items),
        _ => "",
    };

    private static IEnumerable<string> ListItems(SiteModel model, string list) => list switch
    {
        ListNames.All => model.Graph.Nodes.Select(n => n.Key),
        ListNames.Orphans => model.Graph.Orphans.Select(o => o.DisplayPath),
        ListNames.Priorities => model.Priorities.Select(n => n.Key),
        ListNames.Initiatives => model.Initiatives.Select(n => n.Key),
        ListNames.Events => model.Events.Select(n => n.Key),
        _ when list.StartsWith("section:", StringComparison.Ordinal) => model.InSection(list["section:".Length..]).Select(n => n.Key),
        _ => throw new InvalidOperationException($"No list '{list}'."),
    };

    /// <summary>64-bit FNV-1a: stable across processes and builds, unlike HashCode.</summary>
    private struct Fnv()
    {
        public long Value { get; private set; } = unchecked((long)14695981039346656037UL);

        public Fnv Add(string text)
        {
            foreach (var c in text) Mix(c);
            Mix('\u0001'); // a separator, so "ab"+"c" differs from "a"+"bc"
            return this;
        }

        public Fnv Add(long number)
        {
            for (var i = 0; i < 8; i++) Mix((char)((number >> (8 * i)) & 0xFF));
            return this;
        }

        public Fnv Add(bool flag) => Add(flag ? 1 : 0);

        private void Mix(char c) => Value = unchecked((Value ^ c) * 1099511628211L);
    }
}
