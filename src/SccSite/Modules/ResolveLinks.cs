using System.Collections.Immutable;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Markdown;

namespace SccSite.Modules;

/// <summary>The URL each Markdown link of a page points to, in the language the page is published in.</summary>
public sealed record ResolvedLinks(ImmutableDictionary<string, string> Urls);

/// <summary>
/// Resolves relative links to .md files into page URLs of the reader's language; a link to a page
/// or heading that does not exist fails the build with the link's file, line and column.
/// </summary>
public sealed class ResolveLinks : PerDocumentModule, IReads<SiteModel>, IReads<BuildPaths>
{
    protected override Document Process(Document document, ModuleContext context)
    {
        var page = document.Get<LocalizedPage>();
        var model = context.Get<SiteModel>();
        var source = page.Content.File;
        var body = model.DocumentOf(page.Content).Get<MarkdownBody>();
        var urls = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var errors = new List<BuildError>();
        foreach (var link in body.Links)
        {
            if (urls.ContainsKey(link.Url) || IsExternal(link.Url)) continue;
            var resolved = Resolve(link, source, body, page, model, context.Get<BuildPaths>().Input, out var error);
            if (resolved is not null) urls[link.Url] = resolved;
            else errors.Add(new BuildError(source.DisplayPath, link.Line, link.Column, error!.Value.Message, error.Value.Hint));
        }
        if (errors.Count > 0) throw new BuildException(errors);
        return document.With(new ResolvedLinks(urls.ToImmutable()));
    }

    public static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (url.IndexOf(':') is var c and > 0 && url[..c].All(char.IsAsciiLetter));

    private static string? Resolve(LinkReference link, SourceFile source, MarkdownBody body, LocalizedPage page, SiteModel model, string inputFolder, out (string Message, string Hint)? error)
    {
        error = null;
        var hash = link.Url.IndexOf('#');
        var path = hash < 0 ? link.Url : link.Url[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(link.Url[(hash + 1)..]);
        if (path.Length == 0)
        {
            if (fragment is not null && body.HeadingIds.Contains(fragment)) return link.Url;
            error = ($"The link '{link.Url}' points to a heading that does not exist on this page.", HeadingHint(body));
            return null;
        }
        if (path.StartsWith('/'))
        {
            error = ($"The link '{link.Url}' is an absolute path, which breaks when the site is hosted under a sub-path.", "Link to the page's .md file with a relative path, e.g. ../priorities/energy-cooperation.md.");
            return null;
        }
        if (!path.EndsWith(".md", StringComparison.Ordinal))
        {
            var file = RelativeLinks.StaticFile(source, path, out var problem);
            if (file is not null && File.Exists(Path.Combine(inputFolder, InputLayout.StaticFolder, file)))
                return model.Config.BasePath + "static/" + string.Join('/', file.Split('/').Select(Uri.EscapeDataString));
            error = ($"The link '{link.Url}' points to a file that was not found ({problem ?? $"input/static/{file} does not exist"}).", "Link pages by their .md file, and other files under input/static/.");
            return null;
        }
        var key = RelativeLinks.PageKey(source, path);
        var node = key is null ? null : model.FindByPath(source.Language, key) ?? model.FindByPath(model.Config.DefaultLanguage, key);
        if (node is null)
        {
            error = ($"The link '{link.Url}' points to a page that does not exist (input/{source.Language}/{key ?? path}.md).", "Fix the path, or create the page.");
            return null;
        }
        var destination = node.In(page.Language.Code);
        var target = model.DocumentOf(destination.Content).Get<MarkdownBody>();
        if (fragment is not null && !target.HeadingIds.Contains(fragment))
        {
            error = ($"The link '{link.Url}' points to heading '#{fragment}', which {destination.Content.DisplayPath} does not have.", HeadingHint(target));
            return null;
        }
        return fragment is null ? destination.Url : destination.Url + "#" + Uri.EscapeDataString(fragment);
    }

    private static string HeadingHint(MarkdownBody body) =>
        body.HeadingIds.IsEmpty ? "That page has no headings." : $"Headings there: {string.Join(", ", body.HeadingIds.Select(i => "#" + i))}.";
}
