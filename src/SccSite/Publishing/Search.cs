using System.Diagnostics;
using SccSite.Engine;

namespace SccSite.Publishing;

/// <summary>
/// Whether client-side search can be built here, decided before rendering so that pages
/// show a search box only when an index will exist.
/// </summary>
public sealed record Search(bool Enabled, string? Runner, string Reason)
{
    public const string ToolsFolder = "src/search";

    public static Search Off(string reason) => new(false, null, reason);

    /// <summary>Finds Pagefind (pinned in src/search/package.json), installing it with npm on first use.</summary>
    public static Search Detect(BuildPaths paths, Action<string> log) =>
        Environment.GetEnvironmentVariable("SCCSITE_SEARCH") is "off" or "0"
            ? Off("search was turned off with SCCSITE_SEARCH=off")
            : Find(paths, log);

    /// <summary>Finds or installs Pagefind, ignoring SCCSITE_SEARCH; <paramref name="searchPath"/> replaces PATH in tests.</summary>
    public static Search Find(BuildPaths paths, Action<string> log, string? searchPath = null)
    {
        var tools = FindTools(paths);
        if (tools is null) return Off($"{ToolsFolder}/package.json was not found next to the input folder");
        var node = OnPath("node", searchPath);
        if (node is null) return Off("Node.js (node) is not installed; install Node.js 20 or later to build the search index");
        var runner = Path.Combine(tools, "node_modules", "pagefind", "lib", "runner", "bin.cjs");
        if (!File.Exists(runner))
        {
            var npm = OnPath("npm", searchPath);
            if (npm is null) return Off("npm is not installed, so Pagefind could not be installed");
            // Builds running at the same time (tests, a preview) must not install into one folder together.
            using var installLock = AcquireLock(Path.Combine(tools, ".install.lock"));
            if (!File.Exists(runner))
            {
                log($"Installing Pagefind into {paths.Display(tools)}/node_modules (first build only)…");
                var (code, output) = Run(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], tools, TimeSpan.FromMinutes(5));
                if (code != 0 || !File.Exists(runner))
                    return Off($"'npm ci' in {paths.Display(tools)} failed: {output.Trim()}");
            }
        }
        return new Search(true, runner, "");
    }

    private static FileStream AcquireLock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(500);
            }
        }
    }

    private static string? FindTools(BuildPaths paths)
    {
        foreach (var start in new[] { paths.ProjectRoot, AppContext.BaseDirectory })
        {
            for (var dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                var candidate = Path.Combine(dir, ToolsFolder);
                if (File.Exists(Path.Combine(candidate, "package.json"))) return candidate;
            }
        }
        return null;
    }

    public static string? OnPath(string program, string? searchPath = null) =>
        (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs Pagefind over a folder of pages and returns the bundle folder.</summary>
    public string Index(string siteFolder, string bundleFolder)
    {
        var node = OnPath("node") ?? throw new InvalidOperationException("node disappeared from PATH");
        var (code, output) = Run(node, [Runner!, "--site", siteFolder, "--output-path", bundleFolder, "--silent"], siteFolder, TimeSpan.FromMinutes(5));
        if (code != 0)
            throw new BuildException(BuildError.InFile(ToolsFolder, $"Pagefind failed (exit code {code}): {output.Trim()}", "Run the build again; set SCCSITE_SEARCH=off to build without search."));
        return bundleFolder;
    }

    private static (int Code, string Output) Run(string program, IEnumerable<string> args, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
