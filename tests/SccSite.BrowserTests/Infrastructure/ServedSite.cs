using System.Text.RegularExpressions;
using SccSite.Cli;
using SccSite.Config;

namespace SccSite.BrowserTests.Infrastructure;

/// <summary>One HTML page of a built site: where it is on disk and on the test server.</summary>
/// <param name="Path">The page's URL below the base path, e.g. "" (root chooser), "en/", "zh/events/astana-summit/", "en/404.html".</param>
/// <param name="Language">The language folder, or null for the root pages.</param>
/// <param name="RedirectTo">For an alias stub (meta refresh), the URL it sends readers to; such pages get no browser gates.</param>
public sealed record SitePage(string Path, string? Language, string File, string Url, string? RedirectTo = null)
{
    /// <summary>The page's path below its language folder, e.g. "events/astana-summit/".</summary>
    public string PathInLanguage => Language is null ? Path : Path[(Language.Length + 1)..];

    public override string ToString() => "/" + Path;
}

/// <summary>
/// A site built with <see cref="SiteBuilder"/> into a temporary folder and served by the CLI's
/// <see cref="SiteServer"/> on 127.0.0.1, under the base path of its base URL.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly SiteServer _server;
    private readonly string? _ownedFolder;

    private ServedSite(SiteServer server, string output, SiteConfig config, string? ownedFolder)
    {
        _server = server;
        _ownedFolder = ownedFolder;
        Output = output;
        Config = config;
        Pages = [.. EnumeratePages()];
    }

    public string Output { get; }
    public SiteConfig Config { get; }
    public string BasePath => Config.BasePath;

    /// <summary>Server origin plus base path, e.g. http://127.0.0.1:41234/sco/.</summary>
    public string Url => _server.Url;

    public Uri Origin => new(new Uri(Url).GetLeftPart(UriPartial.Authority));

    /// <summary>Every index.html and 404.html of the output (the root pages first), in a stable order.</summary>
    public IReadOnlyList<SitePage> Pages { get; }

    /// <summary>Builds input + theme into a fresh temporary folder and serves it.</summary>
    public static async Task<ServedSite> BuildAndServeAsync(string input, string theme, string? baseUrl = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sccsite-browser-" + Guid.NewGuid().ToString("N")[..12]);
        var output = Path.Combine(folder, "output");
        try
        {
            var options = new BuildOptions(input, output, theme, baseUrl);
            var result = SiteBuilder.Build(options);
            if (!result.Succeeded)
                throw new InvalidOperationException("The site did not build:\n" + string.Join("\n", result.Errors.Select(e => e.ToString())));
            var config = SiteBuilder.LoadConfig(options);
            var server = await SiteServer.StartAsync(output, config.BasePath);
            return new ServedSite(server, output, config, folder);
        }
        catch
        {
            TryDelete(folder);
            throw;
        }
    }

    /// <summary>The html lang attribute each page must carry: the language's htmlLang, the default language's on the root page.</summary>
    public string HtmlLangOf(SitePage page) => Config.Language(page.Language ?? Config.DefaultLanguage).HtmlLang;

    public SitePage Page(string path) => Pages.FirstOrDefault(p => p.Path == path)
        ?? throw new ArgumentException($"No page /{path} in the built site.");

    /// <summary>
    /// The output file a same-origin URL points at, or null when it lies outside the base path.
    /// Folder URLs map to index.html, as on the static host and the test server.
    /// </summary>
    public string? FileFor(Uri url)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath);
        if (!path.StartsWith(BasePath, StringComparison.Ordinal)) return null;
        var relative = path[BasePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var file = Path.GetFullPath(Path.Combine(Output, relative));
        return file.StartsWith(Path.GetFullPath(Output), StringComparison.Ordinal) ? file : null;
    }

    public bool IsInternal(Uri url) => url.GetLeftPart(UriPartial.Authority) == Origin.GetLeftPart(UriPartial.Authority);

    /// <summary>
    /// The served URL for a URL written with the site's public base URL (canonical links, alias
    /// redirects); other URLs unchanged.
    /// </summary>
    public string Local(string url)
    {
        var published = new Uri(Config.BaseUrl, BasePath).AbsoluteUri;
        return url.StartsWith(published, StringComparison.Ordinal) ? Url + url[published.Length..] : url;
    }

    private IEnumerable<SitePage> EnumeratePages() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(file) is "index.html" or "404.html")
            .Select(file =>
            {
                var relative = Path.GetRelativePath(Output, file).Replace('\\', '/');
                var path = relative == "index.html" ? "" : relative.EndsWith("/index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative;
                var first = path.Split('/')[0];
                var language = Config.HasLanguage(first) ? first : null;
                return new SitePage(path, language, file, Url + path, RedirectOf(file));
            })
            .OrderBy(p => p.Language is null ? 0 : 1)
            .ThenBy(p => Config.Languages.IndexOf(Config.Languages.FirstOrDefault(l => l.Code == p.Language)!))
            .ThenBy(p => p.Path, StringComparer.Ordinal);

    private static string? RedirectOf(string file)
    {
        var match = Regex.Match(File.ReadAllText(file), """<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)">""", RegexOptions.IgnoreCase);
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        if (_ownedFolder is not null) TryDelete(_ownedFolder);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
