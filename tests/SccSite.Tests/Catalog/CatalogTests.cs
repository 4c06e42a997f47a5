using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DiffEngine;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Catalog;

/// <summary>
/// Runs every bad input of <see cref="BadInputs"/> through the real command line and checks, the same way for all:
/// the exit code; "file:line:column: error: message" (or "error: message" for usage errors); no stack trace and no
/// "internal error"; an answer within 30 s; every file of the site outside the output folder unchanged (paths and
/// bytes); and, where the case builds the site first, the previous output unchanged too.
/// </summary>
public class CatalogTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Ids() => [.. BadInputs.All.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Bad_input(string id)
    {
        var c = BadInputs.Find(id);
        using var site = TempSite.Fixture();
        try
        {
            string? previous = null;
            if (c.PreviousOutput)
            {
                var first = await RunBounded(BadInputs.Build(site));
                Assert.True(first.ExitCode == 0, $"{id}: the fixture must build before it is broken.\n{first.Error}");
                previous = Tree(site.Output);
            }
            c.Setup(site);
            var before = Tree(site.Root, c.OutputFolder, c.Exit == 0 ? ".sccsite" : null);

            var result = await RunBounded(c.Args?.Invoke(site) ?? BadInputs.Build(site));

            Assert.True(result.ExitCode == c.Exit, $"{id} {c.Input}: expected exit {c.Exit}, got {result.ExitCode}\nstdout:\n{result.Out}\nstderr:\n{result.Error}");
            AssertUserError(c, site, result);
            Assert.Equal(before, Tree(site.Root, c.OutputFolder, c.Exit == 0 ? ".sccsite" : null));
            if (previous is not null && c.Exit != 0) Assert.Equal(previous, Tree(site.Output));
            c.Also?.Invoke(site, result);
        }
        finally
        {
            c.Cleanup?.Invoke(site);
        }
    }

    [Fact]
    public async Task F02_a_read_only_output_folder_is_a_site_error_and_stays_as_it_was()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes and chattr only.");
            return;
        }
        var c = BadInputs.Find("F02");
        using var site = TempSite.Fixture();
        Assert.Equal(0, (await RunBounded(BadInputs.Build(site))).ExitCode);
        site.Edit("input/en/about.md", s => s.Replace("A plain page.", "A changed page.", StringComparison.Ordinal));
        var previous = Tree(site.Output);
        var before = Tree(site.Root, "output", null);
        var immutable = false;
        try
        {
            File.SetUnixFileMode(site.Output, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            if (CanWrite(site.Output))
            {
                // Root ignores file modes (tests run as root in CI): the immutable flag stops root too, where the file system has it.
                immutable = Run("chattr", "+i", site.Output) == 0;
                Assert.SkipUnless(immutable && !CanWrite(site.Output), "Running as root without chattr +i: no way to make a folder read-only for this process.");
            }

            var result = await RunBounded(BadInputs.Build(site));

            Assert.True(result.ExitCode == c.Exit, $"expected exit {c.Exit}, got {result.ExitCode}\n{result.Error}");
            AssertUserError(c, site, result);
            Assert.Equal(previous, Tree(site.Output));
            Assert.Equal(before, Tree(site.Root, "output", null));
        }
        finally
        {
            if (immutable) Run("chattr", "-i", site.Output);
            File.SetUnixFileMode(site.Output, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void F09_a_page_deleted_between_listing_and_reading_is_an_error_at_the_page()
    {
        // The engine has no hook between ReadPages' listing and its reads, so the test does the two steps
        // ReadPages does, in order, with the deletion between them: list the language folder, then read each file.
        var c = BadInputs.Find("F09");
        using var site = TempSite.Fixture();
        var root = Path.Combine(site.Input, "en");
        var listed = InputLayout.Files(root).ToList();
        Assert.Contains("about.md", listed);
        File.Delete(Path.Combine(root, "about.md"));

        var e = Assert.Throws<BuildException>(() => SourceText.Read(Path.Combine(root, "about.md"), "input/en/about.md"));

        Assert.StartsWith($"{c.Where}: error: {c.Message}", Assert.Single(e.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_has_at_least_forty_distinct_cases_with_unique_ids_and_inputs()
    {
        var cases = BadInputs.All.Concat(BadInputs.Special).ToList();
        Assert.True(cases.Count >= 40, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct().Count());
        Assert.Equal(cases.Count, cases.Select(c => c.Input).Distinct().Count());
    }

    [Fact]
    public void The_README_table_lists_every_case()
    {
        var path = Path.Combine(Repo.TestsProject, "Catalog", "README.md");
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        const string Start = "<!-- catalog table: generated by CatalogTests; ACCEPT_SNAPSHOTS=1 rewrites it -->\n";
        const string End = "<!-- end of catalog table -->";
        var from = text.IndexOf(Start, StringComparison.Ordinal);
        var to = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"{path} must keep the catalog table markers.");
        var expected = text[..(from + Start.Length)] + Table() + text[to..];
        if (expected == text) return;
        if (Snapshot.AcceptRequested && !Snapshot.OnCi)
        {
            File.WriteAllText(path, expected);
            return;
        }
        Assert.Fail($"{path} does not match the catalog; run the tests with ACCEPT_SNAPSHOTS=1 to rewrite its table.\n{TextDiff.Format(text, expected, TextDiffFormat.Compact)}");
    }

    private static string Table()
    {
        var cases = BadInputs.All.Concat(BadInputs.Special).OrderBy(c => c.Class).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var table = new StringBuilder();
        table.Append("| class | cases |\n| --- | ---: |\n");
        foreach (var group in cases.GroupBy(c => c.Class)) table.Append(CultureInfo.InvariantCulture, $"| {group.Key} | {group.Count()} |\n");
        table.Append(CultureInfo.InvariantCulture, $"| **total** | **{cases.Count}** |\n\n");
        table.Append("| id | class | bad input | expectation |\n| --- | --- | --- | --- |\n");
        foreach (var c in cases) table.Append(CultureInfo.InvariantCulture, $"| {c.Id} | {c.Class} | {c.Input.Replace("|", "\\|", StringComparison.Ordinal)} | {c.Expectation.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        return table.ToString();
    }

    private static void AssertUserError(CatalogCase c, TempSite site, CliRunner.Result result)
    {
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        if (c.Exit == 0) return;
        var message = Regex.Escape(c.Message!.Replace("{root}", site.Root, StringComparison.Ordinal));
        var pattern = c.Where is null
            ? $"^error: {message}"
            : $"^{Regex.Escape(c.Where.Replace("{root}", site.Root, StringComparison.Ordinal))}: error: {message}";
        Assert.Matches(new Regex(pattern, RegexOptions.Multiline), result.Error);
        if (c.Exit == 1) Assert.Contains("Build failed with", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Runs the command line on another thread, so a hang fails the test after <see cref="Bound"/> instead of blocking it.</summary>
    private static Task<CliRunner.Result> RunBounded(string[] args) => Task.Run(() => CliRunner.RunAsync(args)).WaitAsync(Bound);

    /// <summary>Every entry under a folder, without following links: folders, links with their targets, files with their bytes' hash.</summary>
    private static string Tree(string root, string? except = null, string? alsoExcept = null)
    {
        var lines = new List<string>();
        void Walk(DirectoryInfo folder, string prefix)
        {
            foreach (var entry in folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var path = prefix + entry.Name;
                if (path == except || path == alsoExcept) continue;
                if (entry.LinkTarget is { } target) lines.Add($"{path} -> {target}");
                else if (entry is DirectoryInfo child)
                {
                    lines.Add(path + "/");
                    Walk(child, path + "/");
                }
                else lines.Add($"{path} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)))}");
            }
        }
        if (Directory.Exists(root)) Walk(new DirectoryInfo(root), "");
        return string.Join("\n", lines);
    }

    private static bool CanWrite(string folder)
    {
        var probe = Path.Combine(folder, ".probe");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    private static int Run(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1; // not installed
        }
    }
}
