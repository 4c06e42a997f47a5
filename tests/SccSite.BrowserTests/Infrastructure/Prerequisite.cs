namespace SccSite.BrowserTests.Infrastructure;

/// <summary>
/// A tool the gate needs (Chromium, Java, vnu.jar). Missing on a developer machine: the test is
/// skipped with a hint. Missing under CI (CI is set): the test fails, so a green CI run always ran it.
/// </summary>
public static class Prerequisite
{
    public static bool OnCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static void Missing(string what)
    {
        if (OnCi) Assert.Fail($"{what} is missing, and CI is set, so the browser gate cannot be skipped. tests/setup.sh installs it.");
        Assert.Skip($"{what} is missing. Run tests/setup.sh (as root) to install the browser gate's tools.");
    }

    /// <summary>The first executable of that name on PATH (or on the given search path), or null.</summary>
    public static string? FindOnPath(string name, string? searchPath = null) =>
        (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
