using System.Runtime.CompilerServices;
using DiffEngine;
using Xunit;

namespace SccSite.Tests.Testing;

/// <summary>
/// Golden files in Verify's style: name.verified.ext is the approved output. On a mismatch,
/// name.received.ext is written next to it and the test fails with a line diff. Set
/// ACCEPT_SNAPSHOTS=1 to approve received output. A missing snapshot always fails under CI.
/// </summary>
public static class Snapshot
{
    // Fingerprinted asset names change with every CSS edit; snapshots keep a placeholder instead.
    private static readonly System.Text.RegularExpressions.Regex Fingerprint = new(@"\.[0-9a-f]{10}\.(css|js)\b");

    public static string Scrub(string text) => Fingerprint.Replace(text, ".{hash}.$1");

    public static bool AcceptRequested => Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1";
    public static bool OnCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The snapshot folder beside this source file's project.</summary>
    public static string Folder([CallerFilePath] string caller = "") =>
        Path.Combine(ProjectDir(caller), "Snapshots");

    private static string ProjectDir(string caller)
    {
        var dir = Path.GetDirectoryName(caller)!;
        while (!File.Exists(Path.Combine(dir, "SccSite.Tests.csproj"))) dir = Path.GetDirectoryName(dir)!;
        return dir;
    }

    /// <summary>Compares text with Snapshots/{name}.verified{extension}.</summary>
    public static void Verify(string name, string actual, string extension = ".html", [CallerFilePath] string caller = "")
    {
        var result = Check(Path.Combine(Folder(caller), name), actual, extension);
        if (result is not null) Assert.Fail(result);
    }

    /// <summary>Checks one snapshot and returns a failure message, or null when it matches.</summary>
    public static string? Check(string basePath, string actual, string extension)
    {
        var verified = basePath + ".verified" + extension;
        var received = basePath + ".received" + extension;
        actual = Scrub(actual.Replace("\r\n", "\n"));
        if (File.Exists(verified))
        {
            var expected = File.ReadAllText(verified).Replace("\r\n", "\n");
            if (expected == actual)
            {
                File.Delete(received);
                return null;
            }
            if (Accept(verified, received, actual)) return null;
            var diff = TextDiff.Format(expected, actual, TextDiffFormat.Compact);
            return $"Snapshot mismatch: {verified}\nReceived output written to {received}.\nIf the change is intended, run the tests with ACCEPT_SNAPSHOTS=1.\n{diff}";
        }
        if (Accept(verified, received, actual)) return null;
        File.WriteAllText(received, actual);
        return OnCi
            ? $"Snapshot missing in CI: {verified}. Missing snapshots are never created in CI; accept it locally (ACCEPT_SNAPSHOTS=1) and commit it."
            : $"Snapshot missing: {verified}. Review {received}, then run the tests with ACCEPT_SNAPSHOTS=1 to accept it.";
    }

    private static bool Accept(string verified, string received, string actual)
    {
        if (!AcceptRequested || OnCi) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
        File.WriteAllText(verified, actual);
        File.Delete(received);
        return true;
    }

    /// <summary>Compares every file of a folder with a snapshot tree; extra or missing files fail too.</summary>
    public static void VerifyTree(string name, string folder, [CallerFilePath] string caller = "")
    {
        var root = Path.Combine(Folder(caller), name);
        var failures = new List<string>();
        var produced = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
        foreach (var file in produced)
        {
            var extension = Path.GetExtension(file);
            var scrubbed = Scrub(file);
            var basePath = Path.Combine(root, scrubbed[..^extension.Length]);
            Directory.CreateDirectory(Path.GetDirectoryName(basePath)!);
            var failure = Check(basePath, File.ReadAllText(Path.Combine(folder, file)), extension);
            if (failure is not null) failures.Add(failure);
        }
        if (Directory.Exists(root))
        {
            foreach (var verified in Directory.EnumerateFiles(root, "*.verified.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, verified).Replace('\\', '/').Replace(".verified.", ".");
                if (produced.Select(Scrub).Contains(relative)) continue;
                if (AcceptRequested && !OnCi) File.Delete(verified);
                else failures.Add($"Snapshot {verified} has no output file any more ({relative}). Accept with ACCEPT_SNAPSHOTS=1 to remove it.");
            }
        }
        if (failures.Count > 0) Assert.Fail($"{failures.Count} snapshot(s) differ:\n\n" + string.Join("\n\n", failures));
    }
}
