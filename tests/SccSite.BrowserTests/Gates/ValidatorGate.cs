using System.Diagnostics;
using System.Text.RegularExpressions;
using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Gates;

/// <summary>
/// The Nu HTML Checker (vnu.jar from tests/tools, installed by tests/setup.sh) over a whole output
/// folder: java -jar vnu.jar --errors-only --skip-non-html DIR. Each line it prints is one error.
/// </summary>
public static partial class ValidatorGate
{
    /// <summary>Skips the test (fails it under CI) when java or vnu.jar is missing.</summary>
    public static string RequireJava()
    {
        var java = Prerequisite.FindOnPath("java");
        if (java is null) Prerequisite.Missing("java (Debian package default-jre-headless)");
        if (!File.Exists(Repo.VnuJar)) Prerequisite.Missing($"{Repo.VnuJar} (npm ci in tests/tools)");
        return java!;
    }

    /// <summary>Whether java and vnu.jar are both there (no skip, no failure: for starting a check early).</summary>
    public static string? FindJava() => File.Exists(Repo.VnuJar) ? Prerequisite.FindOnPath("java") : null;

    /// <summary>The checker's errors in a folder: Page is "file:line.column" (relative to the folder), Message the error text.</summary>
    public static Task<IReadOnlyList<GateProblem>> CheckAsync(string java, string folder) =>
        CheckAsync(java, new Dictionary<string, string> { [folder] = "" }, folder);

    /// <summary>
    /// One run of the checker (one Java start) over several files and folders. In each error's Page, a
    /// path below one of the <paramref name="labels"/>' folders is written as that folder's label plus
    /// the relative path.
    /// </summary>
    public static async Task<IReadOnlyList<GateProblem>> CheckAsync(string java, IReadOnlyDictionary<string, string> labels, params string[] targets)
    {
        var start = new ProcessStartInfo(java)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-jar", Repo.VnuJar, "--errors-only", "--skip-non-html" }.Concat(targets)) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var output = (await stdout) + (await stderr);
        string Relative(string line) => labels.Aggregate(line, (text, label) =>
            text.Replace("\"file:" + label.Key.TrimEnd('/') + "/", "\"" + label.Value, StringComparison.Ordinal));
        var errors = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => Parse(Relative(line)))
            .ToList();
        if (process.ExitCode != 0 && errors.Count == 0) errors.Add(new("vnu", $"vnu.jar exited with {process.ExitCode} and printed nothing"));
        return errors;
    }

    /// <summary>Splits "\"en/index.html\":79.1-79.27: error: text" into where and what.</summary>
    private static GateProblem Parse(string line)
    {
        var match = Located().Match(line);
        return match.Success
            ? new GateProblem($"{match.Groups["file"].Value}:{match.Groups["line"].Value}", match.Groups["message"].Value)
            : new GateProblem("vnu", line);
    }

    [GeneratedRegex("""^"(?<file>[^"]+)":(?<line>[0-9.]+)(-[0-9.]+)?: (?<message>.*)$""")]
    private static partial Regex Located();
}
