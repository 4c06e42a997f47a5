using System.Diagnostics;
using System.Security.Cryptography;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Site;

/// <summary>Two builds of the same input, on machines set to different time zones and cultures, are byte-identical.</summary>
public class DeterminismTests
{
    [Fact]
    public async Task Output_does_not_depend_on_time_zone_culture_or_file_order()
    {
        using var first = new TempSite(Repo.Input);
        using var second = new TempSite(Repo.Input);
        // Different creation order of the input files on disk for the second copy.
        foreach (var file in Directory.EnumerateFiles(second.Input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Reverse().ToList())
        {
            var text = File.ReadAllText(file);
            File.Delete(file);
            File.WriteAllText(file, text);
        }
        await BuildInProcess(first, "UTC", "en_US.UTF-8");
        await BuildInProcess(second, "Pacific/Kiritimati", "tr_TR.UTF-8");
        Assert.Equal(Tree(first.Output), Tree(second.Output));
        Assert.Contains("sitemap.xml", Tree(first.Output));
    }

    private static async Task BuildInProcess(TempSite site, string timeZone, string locale)
    {
        var cli = Path.Combine(Path.GetDirectoryName(typeof(SccSite.Cli.CommandLine).Assembly.Location)!, "SccSite.Cli.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "build", "--input", site.Input, "--output", site.Output, "--theme", site.Theme }) info.ArgumentList.Add(arg);
        info.Environment["TZ"] = timeZone;
        info.Environment["LANG"] = locale;
        info.Environment["LC_ALL"] = locale;
        info.Environment["SCCSITE_SEARCH"] = "on";
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"build under {timeZone}/{locale} failed:\n{output}\n{error}");
    }

    private static string Tree(string folder) => string.Join("\n",
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace('\\', '/'), File: f))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => $"{f.Path} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f.File)))}"));
}
