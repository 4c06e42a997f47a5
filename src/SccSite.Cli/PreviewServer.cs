using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SccSite.Cli;

/// <summary>
/// Serves the output folder on 127.0.0.1, rebuilds when input/ or theme/ change, and tells open
/// pages to reload over server-sent events. A failed rebuild prints its errors and keeps the last good site.
/// </summary>
public static class PreviewServer
{
    public const string ReloadPath = "/__sccsite/reload";
    private const string ReloadScript = "<script>new EventSource(\"" + ReloadPath + "\").onmessage = function () { location.reload(); };</script>";

    public static async Task<int> RunAsync(BuildOptions options, int port, TextWriter stdout, TextWriter stderr, CancellationToken stop = default)
    {
        var console = new Terminal(stdout, stderr, Output.ConsoleStyle.Plain);
        if (Commands.BuildCommand.Run(options, console, strict: false, timings: false, stop) != 0)
            stderr.WriteLine("The first build failed; fix the errors above and save: the preview rebuilds on every change.");
        Directory.CreateDirectory(options.Paths.Output);

        var listeners = new Listeners();
        var basePath = SiteBaseUrl(options);
        await using var server = await SiteServer.StartAsync(options.Paths.Output, basePath, port, ReloadScript,
            app => app.Use(async (http, next) =>
            {
                if (http.Request.Path != ReloadPath) await next();
                else await listeners.StreamAsync(http, http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
            }));

        using var watcher = new RebuildWatcher(options, () =>
        {
            stdout.WriteLine($"[{DateTime.Now:HH:mm:ss}] change detected, rebuilding…");
            if (Commands.BuildCommand.Run(options, console, strict: false, timings: false, stop) == 0) listeners.Broadcast();
        });
        stdout.WriteLine($"Preview: {server.Url} (Ctrl+C to stop)");
        await server.WaitForShutdownAsync(stop);
        return 0;
    }

    private static string SiteBaseUrl(BuildOptions options)
    {
        try
        {
            return SiteBuilder.LoadConfig(options).BasePath;
        }
        catch (Engine.BuildException)
        {
            return "/";
        }
    }

    private sealed class Listeners
    {
        private readonly List<Channel<bool>> _channels = [];

        public void Broadcast()
        {
            lock (_channels)
                foreach (var c in _channels) c.Writer.TryWrite(true);
        }

        public async Task StreamAsync(HttpContext http, CancellationToken stopping)
        {
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-store";
            var channel = Channel.CreateUnbounded<bool>();
            lock (_channels) _channels.Add(channel);
            // Tie the stream to shutdown too, or Ctrl+C waits for open pages to go away.
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, http.RequestAborted);
            try
            {
                await http.Response.WriteAsync(": connected\n\n", linked.Token);
                await http.Response.Body.FlushAsync(linked.Token);
                while (await channel.Reader.WaitToReadAsync(linked.Token))
                {
                    channel.Reader.TryRead(out _);
                    await http.Response.WriteAsync("data: reload\n\n", linked.Token);
                    await http.Response.Body.FlushAsync(linked.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                lock (_channels) _channels.Remove(channel);
            }
        }
    }
}
