using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SccSite.Cli;

/// <summary>
/// Serves a built output folder on 127.0.0.1 the way a static host does: pretty URLs map to
/// index.html, the site lives under its base path, and unknown paths get the site's 404 page.
/// The preview adds a live-reload script; tests use it as is.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The server's origin plus the site's base path, e.g. http://127.0.0.1:5080/sco/.</summary>
    public string Url { get; }

    /// <param name="inject">HTML to add before &lt;/body&gt; of every page served, given whether it is a 404 (the preview's reload hook).</param>
    /// <param name="configure">Adds middleware that runs before the static files (the preview's reload stream).</param>
    public static async Task<SiteServer> StartAsync(string outputFolder, string basePath, int port = 0, Func<bool, string>? inject = null,
        Action<WebApplication>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        // A reader's URL never gets a 500: anything unexpected is answered as not found.
        app.Use(async (http, next) =>
        {
            try
            {
                await next();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException && !http.Response.HasStarted)
            {
                await NotFoundAsync(http, outputFolder, basePath, inject);
            }
        });
        configure?.Invoke(app);
        app.Use(async (http, next) =>
        {
            if (await ServeHtmlAsync(http, outputFolder, basePath, inject)) return;
            await next();
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(outputFolder),
            RequestPath = basePath.TrimEnd('/'),
            ServeUnknownFileTypes = true,
        });
        app.Run(async http => await NotFoundAsync(http, outputFolder, basePath, inject));
        await app.StartAsync();
        var address = app.Urls.First();
        return new SiteServer(app, address.TrimEnd('/') + basePath);
    }

    /// <summary>Serves an HTML page (or a folder's index.html), optionally with a script added.</summary>
    private static async Task<bool> ServeHtmlAsync(HttpContext http, string root, string basePath, Func<bool, string>? inject)
    {
        var path = http.Request.Path.Value ?? "/";
        if (!path.StartsWith(basePath, StringComparison.Ordinal)) return false;
        var relative = path[basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        else if (!Path.HasExtension(relative) && File.Exists(Resolve(root, relative + "/index.html") ?? ""))
        {
            http.Response.Redirect(path + "/" + http.Request.QueryString);
            return true;
        }
        if (!relative.EndsWith(".html", StringComparison.Ordinal)) return false;
        var file = Resolve(root, relative);
        if (file is null || !File.Exists(file)) return false;
        await WriteHtmlAsync(http, file, inject?.Invoke(false), StatusCodes.Status200OK);
        return true;
    }

    private static async Task NotFoundAsync(HttpContext http, string root, string basePath, Func<bool, string>? inject)
    {
        var path = http.Request.Path.Value ?? "/";
        var relative = path.StartsWith(basePath, StringComparison.Ordinal) ? path[basePath.Length..] : "";
        var language = relative.Split('/')[0];
        var page = new[] { Resolve(root, language + "/404.html"), Resolve(root, "404.html") }.FirstOrDefault(f => f is not null && File.Exists(f));
        if (page is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            if (inject is null) return;
            // Nothing built yet (the first build failed): a page that still carries the reload hook and shows the errors.
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync($"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not built yet</title>\n</head>\n<body>\n<p>Nothing is built here yet.</p>\n{inject(true)}</body>\n</html>\n", Encoding.UTF8);
            return;
        }
        await WriteHtmlAsync(http, page, inject?.Invoke(true), StatusCodes.Status404NotFound);
    }

    private static string? Resolve(string root, string relative)
    {
        try
        {
            var path = Uri.UnescapeDataString(relative);
            // Dot files and folders (the staging folder, .git) are never served.
            if (path.Split('/').Any(segment => segment.StartsWith('.'))) return null;
            return Engine.OutputPath.Under(root, path);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static async Task WriteHtmlAsync(HttpContext http, string file, string? inject, int status)
    {
        var html = await File.ReadAllTextAsync(file);
        if (inject is not null)
        {
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = at < 0 ? html + inject : html.Insert(at, inject);
        }
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(html, Encoding.UTF8);
    }

    /// <summary>Completes on Ctrl+C, or when <paramref name="stop"/> is cancelled.</summary>
    public Task WaitForShutdownAsync(CancellationToken stop = default) => _app.WaitForShutdownAsync(stop);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
