using System.Net.Sockets;
using SccSite.Publishing;

namespace SccSite.Cli.Preview;

/// <summary>
/// The editing loop: serve the output folder on 127.0.0.1, rebuild incrementally on every save,
/// reload only the pages that changed, and show build errors in the browser until they are fixed.
/// The preview builds with its own address as the base URL (so canonical URLs and alias redirects
/// stay in the preview), shows drafts, and skips search unless asked for.
/// </summary>
public static class PreviewServer
{
    public static async Task<int> RunAsync(BuildOptions options, int port, bool search, TextWriter stdout, TextWriter stderr, CancellationToken stop = default)
    {
        var console = new Terminal(stdout, stderr, Output.ConsoleStyle.Plain);
        var basePath = BasePathOf(options);
        var live = new LiveReload();
        // A busy port is reported before any build starts (and before anything is written).
        if (!IsFree(port))
            return await BusyAsync(stderr, port);
        Directory.CreateDirectory(options.Paths.Output);
        SiteServer server;
        try
        {
            server = await SiteServer.StartAsync(options.Paths.Output, basePath, port, LiveReload.ScriptTag, live.Map);
        }
        catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            return await BusyAsync(stderr, port);
        }
        await using (server)
        {
            var session = new BuildSession(options with
            {
                BaseUrl = server.Url,
                IncludeDrafts = true,
                Search = search ? null : Search.Off("the preview builds without search; 'preview --search' includes it"),
                Log = stdout.WriteLine,
            });
            using var rebuilder = new Rebuilder(session, live, console, stop);
            var first = rebuilder.BuildFirst();
            if (!first.Succeeded)
                await stdout.WriteLineAsync("The first build failed; the browser shows the errors. Fix them and save: the preview rebuilds on every change.");
            using var watcher = new SourceWatcher(options.Paths, rebuilder.Changed);
            await stdout.WriteLineAsync($"Preview: {server.Url} (drafts shown; Ctrl+C to stop)");
            await server.WaitForShutdownAsync(stop);
        }
        return CommandLine.Ok;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var probe = new TcpListener(System.Net.IPAddress.Loopback, port);
            probe.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task<int> BusyAsync(TextWriter stderr, int port)
    {
        await stderr.WriteLineAsync($"error: port {port} is already in use on 127.0.0.1. Stop what uses it, or choose another port with --port N.");
        return CommandLine.SiteErrors;
    }

    private static string BasePathOf(BuildOptions options)
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
}
