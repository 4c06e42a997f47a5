using System.Collections.Immutable;
using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;

namespace SccSite.Modules;

/// <summary>Reads every Markdown page under input/&lt;language&gt;/, in ordinal path order.</summary>
public sealed class ReadPages : IModule, IReads<BuildPaths>, IReads<SiteConfig>, IReads<SourceCache>
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var paths = context.Get<BuildPaths>();
        var config = context.Get<SiteConfig>();
        var known = config.Languages.Select(l => l.Code).Append(InputLayout.DataFolder).Append(InputLayout.StaticFolder).ToHashSet(StringComparer.Ordinal);
        foreach (var dir in Directory.EnumerateDirectories(paths.Input).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            if (!known.Contains(name) && !InputLayout.IsIgnored(name))
                context.Report(BuildError.InFile(paths.Display(dir), $"The folder '{name}' is not a configured language.",
                    $"Add '{name}' to the languages in site.yml, or move the folder out of input/. Languages: {string.Join(", ", config.Languages.Select(l => l.Code))}."));
        }

        var files = new List<(string Language, string Full, string Relative, string Display)>();
        foreach (var language in config.Languages)
        {
            var root = Path.Combine(paths.Input, language.Code);
            if (!Directory.Exists(root)) continue;
            // A symbolic link could publish a file from anywhere (a page linked to ~/.ssh/config): links are errors, never read.
            var links = new List<string>();
            var byLowerCase = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in InputLayout.Files(root, links).Select(relative => (Full: Path.Combine(root, relative), Relative: relative)))
            {
                var display = paths.Display(file.Full);
                if (!file.Relative.EndsWith(".md", StringComparison.Ordinal))
                {
                    context.Report(BuildError.InFile(display, "Only Markdown pages (.md) belong in a language folder.", "Put images and other files in input/static/."));
                    continue;
                }
                var badSegment = file.Relative[..^3].Split('/').FirstOrDefault(s => !InputLayout.IsSafeSegment(s));
                if (badSegment is not null)
                {
                    context.Report(BuildError.InFile(display, $"The path segment '{badSegment}' cannot be used in a URL.", "Use letters, digits and hyphens only, e.g. 'energy-cooperation.md'."));
                    continue;
                }
                var deviceName = file.Relative[..^3].Split('/').FirstOrDefault(InputLayout.IsWindowsDeviceName);
                if (deviceName is not null)
                {
                    context.Report(BuildError.InFile(display, $"'{deviceName}' is a device name reserved on Windows: the file cannot be checked out there, nor its page written.", $"Rename it, e.g. '{deviceName}-page'."));
                    continue;
                }
                // On Windows and macOS, About.md and about.md are one file, and their pages one folder.
                if (byLowerCase.TryGetValue(file.Relative, out var same))
                {
                    context.Report(BuildError.InFile(display, $"{paths.Display(Path.Combine(root, same))} and {display} differ only in letter case: on Windows and macOS they are one file.", "Rename or merge one of them; keep file names lower-case."));
                    continue;
                }
                byLowerCase[file.Relative] = file.Relative;
                files.Add((language.Code, file.Full, file.Relative, display));
            }
            foreach (var link in links)
                context.Report(BuildError.InFile(paths.Display(Path.Combine(root, link)), "This is a symbolic link; the build reads only real files inside input/.", "Replace the link with the file or folder itself."));
        }

        // Reading is the slow part: read on every core, keep the order. A session reuses files that did not change.
        var cache = context.Get<SourceCache>();
        var read = new Document?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = context.Cancellation }, i =>
        {
            var info = new FileInfo(files[i].Full);
            if (cache.Find(files[i].Full, info) is { } known)
            {
                read[i] = known;
                return;
            }
            try
            {
                read[i] = cache.Remember(files[i].Full, info, Document.Create(files[i].Display)
                    .With(new SourceFile(files[i].Language, files[i].Relative, files[i].Display, SourceText.Read(files[i].Full, files[i].Display))));
            }
            catch (BuildException e)
            {
                context.Report(e.Errors); // not UTF-8, or too large; never remembered
            }
        });
        if (cache.Enabled) cache.Keep(files.Select(f => f.Full).ToHashSet(StringComparer.Ordinal));
        ImmutableArray<Document> documents = [.. read.OfType<Document>()];
        if (!files.Any(f => f.Language == config.DefaultLanguage))
        {
            var folder = paths.Display(Path.Combine(paths.Input, config.DefaultLanguage));
            context.Report(BuildError.InFile(folder + "/", $"There are no pages: {folder}/ holds no Markdown files.",
                $"Add at least {folder}/index.md (the home page); every other language is translated from {folder}/."));
        }
        return documents;
    }
}
