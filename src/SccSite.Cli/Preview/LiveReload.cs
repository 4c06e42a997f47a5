using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SccSite.Engine;

namespace SccSite.Cli.Preview;

/// <summary>
/// Tells open pages what a rebuild did, over server-sent events: which pages changed (they
/// reload), or the build's errors (shown over the page until a save fixes them). A page that
/// connects while the site is broken gets the errors at once.
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__sccsite/events";
    public const string ScriptPath = "/__sccsite/live.js";

    private static readonly byte[] Script = ReadScript();
    private readonly List<Channel<string>> _listeners = [];
    private string? _errors;

    /// <summary>Every message sent, in order (what a page would have heard).</summary>
    public List<string> Sent { get; } = [];

    /// <summary>The script tag every HTML page the preview serves gets before &lt;/body&gt;.</summary>
    public static string ScriptTag(bool notFound) =>
        $"<script src=\"{ScriptPath}\" data-events=\"{EventsPath}\"{(notFound ? " data-not-found" : "")}></script>";

    /// <summary>The site built: pages at these URL paths changed.</summary>
    public void Built(IEnumerable<string> changedUrls)
    {
        _errors = null;
        Send(JsonSerializer.Serialize(new { type = "ok", changed = changedUrls.ToArray() }));
    }

    /// <summary>The build failed: every open page shows these errors.</summary>
    public void Failed(IEnumerable<BuildError> errors)
    {
        _errors = JsonSerializer.Serialize(new { type = "errors", errors = errors.Select(e => new { file = e.File, line = e.Line, column = e.Column, message = e.Message, hint = e.Hint }) });
        Send(_errors);
    }

    public void Map(WebApplication app) => app.Use(async (http, next) =>
    {
        if (http.Request.Path == EventsPath)
            await StreamAsync(http, http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        else if (http.Request.Path == ScriptPath)
        {
            http.Response.ContentType = "text/javascript; charset=utf-8";
            http.Response.Headers.CacheControl = "no-store";
            await http.Response.Body.WriteAsync(Script);
        }
        else await next();
    });

    private void Send(string message)
    {
        lock (_listeners)
        {
            Sent.Add(message);
            foreach (var listener in _listeners) listener.Writer.TryWrite(message);
        }
    }

    private async Task StreamAsync(HttpContext http, CancellationToken stopping)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_listeners) _listeners.Add(channel);
        if (_errors is { } errors) channel.Writer.TryWrite(errors);
        // Tie the stream to shutdown too, or Ctrl+C waits for open pages to go away.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, http.RequestAborted);
        try
        {
            await http.Response.WriteAsync(": connected\n\n", linked.Token);
            await http.Response.Body.FlushAsync(linked.Token);
            await foreach (var message in channel.Reader.ReadAllAsync(linked.Token))
            {
                await http.Response.WriteAsync($"data: {message}\n\n", linked.Token);
                await http.Response.Body.FlushAsync(linked.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            lock (_listeners) _listeners.Remove(channel);
        }
    }

    private static byte[] ReadScript()
    {
        using var stream = typeof(LiveReload).Assembly.GetManifestResourceStream("live.js")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
