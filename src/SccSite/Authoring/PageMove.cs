using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Translations;

namespace SccSite.Authoring;

/// <summary>What a move did, one line per file, for the editor to read.</summary>
public sealed record MoveResult(IReadOnlyList<string> Changes)
{
    /// <summary>Places in the theme that name the page by its old key: 'move' does not edit templates.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>
/// Moves a source page to a new path with its translations: files matched by path move with it,
/// translations matched by 'translationKey: OLD' get the new key, the source page gets the old
/// path as an alias (so every language's old URL redirects), and every relative link to it, in
/// every language, is rewritten. Link targets are not part of the source hash, so no translation
/// becomes stale. If the source was already moved by hand, the move finishes the job. Nothing is
/// overwritten; when anything is wrong nothing is written.
/// </summary>
public static class PageMove
{
    public static MoveResult Run(BuildPaths paths, SiteConfig config, string from, string to, bool dryRun = false)
    {
        var source = config.DefaultLanguage;
        var oldRel = SourcePath(paths, config, from);
        var newRel = SourcePath(paths, config, to);
        var oldKey = oldRel[..^3];
        var newKey = newRel[..^3];
        var oldFile = Path.Combine(paths.Input, source, oldRel);
        var newFile = Path.Combine(paths.Input, source, newRel);
        var byHand = !File.Exists(oldFile) && File.Exists(newFile);
        Refuse(oldRel == newRel, to, "The new path is the old one.", "Give the page's new path.");
        Refuse(!File.Exists(oldFile) && !byHand, from, "There is no such page.", $"Give the path of a page in {paths.Display(Path.Combine(paths.Input, source))}/.");
        Refuse(File.Exists(oldFile) && File.Exists(newFile), paths.Display(newFile), "A page already exists here; 'move' never overwrites a file.", "Choose another path, or move that page first.");
        Refuse(oldKey.Split('/')[^1] == "index" || newKey.Split('/')[^1] == "index", from, "A home or section index page cannot be moved.", "Move the pages of the section instead.");
        Refuse(PageKinds.FromPath(oldKey) != PageKinds.FromPath(newKey), to,
            $"The page would change kind, from {PageKinds.FromPath(oldKey)} to {PageKinds.FromPath(newKey)}, and its front matter would not fit.", "Keep it in a folder of the same kind, e.g. initiatives/.");

        var pages = SitePages.Read(paths, config);
        var english = pages.Single(p => p.Source.Language == source && p.Source.RelativePath == (byHand ? newRel : oldRel));
        var moved = new Dictionary<string, string>(StringComparer.Ordinal) { [$"{source}/{oldRel}"] = $"{source}/{newRel}" };
        var keyed = new List<SitePage>(); // translations with their own path, matched by 'translationKey: OLD'
        var following = new List<SitePage>(); // translations at the same path, which move with the page
        foreach (var page in pages.Where(p => p.Source.Language != source))
        {
            if (page.Meta.Text.TranslationKey is null && page.Source.PathKey == oldKey) following.Add(page);
            else if (page.Meta.Text.TranslationKey == oldKey && english.Meta.Text.TranslationKey is null) keyed.Add(page);
        }
        // A link in any language to OLD meant this page (its translation, or the fallback): it now means NEW.
        foreach (var language in config.Languages.Select(l => l.Code))
            moved.TryAdd($"{language}/{oldRel}", $"{language}/{newRel}");
        foreach (var page in following)
        {
            var target = Path.Combine(paths.Input, page.Source.Language, newRel);
            Refuse(File.Exists(target), paths.Display(target), $"A page already exists here, where the translation {page.Source.DisplayPath} would move; 'move' never overwrites a file.", "Move or delete that page first.");
        }
        var aliasOwner = pages.FirstOrDefault(p => p.Source.Language == source && p != english && p.Meta.Aliases.Contains(oldKey));
        Refuse(aliasOwner is not null, aliasOwner?.Source.DisplayPath ?? "", $"This page already has the alias '{oldKey}', which the moved page needs for its old URL.", "Remove that alias first.");

        var changes = new List<string>();
        var writes = new List<(TextFile File, bool Create, string? Delete)>();
        foreach (var page in pages)
        {
            var isMoving = page == english || following.Contains(page);
            var newRelative = isMoving ? newRel : page.Source.RelativePath;
            var asWritten = page == english && byHand ? page.Source with { RelativePath = oldRel } : page.Source;
            var bodyStart = page.File.Text.Length - page.Meta.Body.Length;
            var (body, links) = LinkRewriter.Rewrite(asWritten, page.Meta.Body, newRelative, moved);
            var text = page.File.Text[..bodyStart] + body;
            if (page == english) text = FrontMatterEdits.AddAlias(text, oldKey, drop: newKey);
            if (keyed.Contains(page)) text = FrontMatterEdits.SetTranslationKey(text, newKey);
            var target = Path.Combine(paths.Input, page.Source.Language, newRelative);
            var linkNote = links == 0 ? "" : $", {links} link{(links == 1 ? "" : "s")} rewritten";
            if (page == english && byHand)
            {
                changes.Add($"{paths.Display(target)} was moved by hand from {paths.Display(oldFile)}: finishing the move (alias '{oldKey}' added{linkNote})");
                writes.Add((page.File.WithText(text), false, null));
            }
            else if (isMoving)
            {
                changes.Add($"moved {page.Source.DisplayPath} → {paths.Display(target)}{(page == english ? $" (alias '{oldKey}' added: the old URL redirects in every language)" : "")}{linkNote}");
                writes.Add((page.File with { Path = target, Text = text }, true, page.File.Path));
            }
            else if (text != page.File.Text)
            {
                changes.Add(keyed.Contains(page) ? $"updated {page.Source.DisplayPath}: translationKey {oldKey} → {newKey}{linkNote}" : $"updated {page.Source.DisplayPath}{linkNote}");
                writes.Add((page.File.WithText(text), false, null));
            }
        }
        if (!dryRun)
        {
            foreach (var (file, create, delete) in writes)
            {
                file.Write(createOnly: create);
                if (delete is not null) File.Delete(delete);
            }
        }
        return new MoveResult(changes) { Warnings = ThemeMentions(paths, oldKey, newKey) };
    }

    /// <summary>Template lines that name the page by its old key in quotes, e.g. a navigation entry ["about", …].</summary>
    private static List<string> ThemeMentions(BuildPaths paths, string oldKey, string newKey)
    {
        var warnings = new List<string>();
        if (!Directory.Exists(paths.Theme)) return warnings;
        foreach (var file in Directory.EnumerateFiles(paths.Theme, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var column = lines[i].IndexOf($"\"{oldKey}\"", StringComparison.Ordinal);
                if (column < 0) column = lines[i].IndexOf($"'{oldKey}'", StringComparison.Ordinal);
                if (column >= 0)
                    warnings.Add($"{paths.Display(file)}:{i + 1}:{column + 1}: warning: The theme names the page '{oldKey}'; the build fails until it says '{newKey}'. Change it there: 'move' does not edit templates.");
            }
        }
        return warnings;
    }

    /// <summary>A source page's path inside its language folder ("initiatives/fund.md") from what was typed.</summary>
    private static string SourcePath(BuildPaths paths, SiteConfig config, string typed)
    {
        var folder = Path.GetFullPath(Path.Combine(paths.Input, config.DefaultLanguage)) + Path.DirectorySeparatorChar;
        var withMd = typed.EndsWith(".md", StringComparison.Ordinal) ? typed : typed + ".md";
        var candidates = TranslationFiles.Candidates(paths, withMd).Append(Path.GetFullPath(Path.Combine(folder, withMd)));
        var inside = candidates.Where(c => c.StartsWith(folder, StringComparison.Ordinal)).ToList();
        var chosen = inside.FirstOrDefault(File.Exists) ?? inside.FirstOrDefault();
        if (chosen is null)
            throw new BuildException(BuildError.InFile(typed, $"'{typed}' is not a path inside {paths.Display(folder.TrimEnd(Path.DirectorySeparatorChar))}/.", "Give the page's path, e.g. input/en/initiatives/fund.md."));
        var relative = Path.GetRelativePath(folder, chosen).Replace(Path.DirectorySeparatorChar, '/');
        var bad = relative[..^3].Split('/').FirstOrDefault(s => !InputLayout.IsSafeSegment(s));
        if (bad is not null)
            throw new BuildException(BuildError.InFile(typed, $"The path segment '{bad}' cannot be used in a URL.", "Use letters, digits and hyphens only, e.g. 'energy-storage.md'."));
        return relative;
    }

    private static void Refuse(bool condition, string file, string message, string hint)
    {
        if (condition) throw new BuildException(BuildError.InFile(file, message, hint));
    }
}
