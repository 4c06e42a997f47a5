using System.Diagnostics;

namespace SccSite.Tests.Testing;

/// <summary>A real git repository in a test's temporary folder, to commit versions of files.</summary>
public static class GitRepo
{
    public static void Init(string folder)
    {
        Git(folder, "init", "-q");
        Git(folder, "config", "user.email", "test@example.org");
        Git(folder, "config", "user.name", "Test");
        Git(folder, "config", "commit.gpgsign", "false");
    }

    public static void CommitAll(string folder, string message)
    {
        Git(folder, "add", "-A");
        Git(folder, "commit", "-q", "-m", message);
    }

    public static string Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
        return output;
    }
}
