using SccSite.BrowserTests.Infrastructure;

namespace SccSite.BrowserTests.Tests;

/// <summary>
/// Which browser the gate drives: SCCSITE_CHROMIUM first, else chromium, chromium-browser,
/// google-chrome, google-chrome-stable on PATH, and a clear list of what was tried when none is found.
/// Checked on fake PATH folders, so it runs the same with or without a browser installed.
/// </summary>
public sealed class ChromiumDiscoveryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sccsite-chromium-" + Guid.NewGuid().ToString("N")[..12]);

    private string Folder(string name, params string[] executables)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        foreach (var executable in executables) File.WriteAllText(Path.Combine(folder, executable), "#!/bin/sh\n");
        return folder;
    }

    [Fact]
    public void The_variable_wins_over_path()
    {
        var bin = Folder("bin", "chromium");
        var chrome = Path.Combine(Folder("opt", "chrome"), "chrome");
        var (found, how, _) = Chromium.Find(chrome, bin);
        Assert.Equal(chrome, found);
        Assert.Equal($"SCCSITE_CHROMIUM={chrome}", how);
    }

    [Fact]
    public void A_variable_naming_a_missing_file_is_reported_not_replaced()
    {
        var bin = Folder("bin", "chromium");
        var (found, _, tried) = Chromium.Find("/nowhere/chrome", bin);
        Assert.Null(found);
        Assert.Equal(["SCCSITE_CHROMIUM=/nowhere/chrome (no such file)"], tried);
    }

    [Fact]
    public void Path_is_searched_in_order_chromium_first()
    {
        var first = Folder("a", "google-chrome");
        var second = Folder("b", "chromium-browser", "chromium");
        var (found, how, _) = Chromium.Find(null, first + Path.PathSeparator + second);
        Assert.Equal(Path.Combine(second, "chromium"), found);
        Assert.Equal("'chromium' on PATH", how);

        (found, how, _) = Chromium.Find("", Folder("c", "google-chrome-stable"));
        Assert.EndsWith("google-chrome-stable", found);
        Assert.Equal("'google-chrome-stable' on PATH", how);
    }

    [Fact]
    public void Nothing_found_lists_everything_tried()
    {
        var (found, _, tried) = Chromium.Find(null, Folder("empty"));
        Assert.Null(found);
        Assert.Equal(
            ["SCCSITE_CHROMIUM (not set)", "'chromium' on PATH", "'chromium-browser' on PATH", "'google-chrome' on PATH", "'google-chrome-stable' on PATH"],
            tried);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
