using System.Diagnostics;
using System.Text;

namespace SccSite.Translations;

/// <summary>One committed version of a file: the commit, its date and subject, and the file's path then.</summary>
public sealed record GitVersion(string Commit, string Date, string Subject, string Path)
{
    public string ShortCommit => Commit[..Math.Min(7, Commit.Length)];
}

/// <summary>Reads a file's history with the git command line (renames followed). Null when git or a repository is not there.</summary>
public sealed class GitHistory
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private GitHistory(string root) => Root = root;

    public string Root { get; }

    /// <summary>The repository that holds a file, or null outside git (or without git installed).</summary>
    public static GitHistory? Of(string file)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file))!;
        var root = Run(folder, "rev-parse", "--show-toplevel");
        return root is null ? null : new GitHistory(root.Trim());
    }

    /// <summary>The committed versions of a file, newest first, following renames.</summary>
    public IReadOnlyList<GitVersion> Versions(string file)
    {
        var relative = System.IO.Path.GetRelativePath(Root, System.IO.Path.GetFullPath(file)).Replace('\\', '/');
        var log = Run(Root, "log", "--follow", "--format=%x01%H%x00%ad%x00%s", "--date=short", "--name-only", "--", relative);
        if (log is null) return [];
        var versions = new List<GitVersion>();
        foreach (var entry in log.Split('\u0001', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = entry.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var head = lines[0].Split('\0');
            if (head.Length < 3 || lines.Length < 2) continue;
            versions.Add(new GitVersion(head[0], head[1], head[2], lines[^1]));
        }
        return versions;
    }

    /// <summary>The text of a file as committed, or null when it cannot be read.</summary>
    public string? Show(GitVersion version) => Run(Root, "show", $"{version.Commit}:{version.Path}");

    private static string? Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-c", "core.quotepath=off", .. arguments]) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start);
            if (process is null) return null;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Timeout)) process.Kill(entireProcessTree: true);
            _ = error.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
