namespace SccSite.BrowserTests.Infrastructure;

/// <summary>Paths of the repository, found by walking up from the test binary to SccSite.sln.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");
    public static string Tools => Path.Combine(Root, "tests", "tools");

    /// <summary>The small fixture site of the unit tests; faulty copies of it prove that each gate can fail.</summary>
    public static string FixtureInput => Path.Combine(Root, "tests", "SccSite.Tests", "Fixtures", "site", "input");

    public static string VnuJar => Path.Combine(Tools, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "SccSite.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("Cannot find SccSite.sln above the test folder.");
    }
}
