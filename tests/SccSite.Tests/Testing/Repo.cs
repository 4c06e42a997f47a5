namespace SccSite.Tests.Testing;

/// <summary>Paths of the repository, found from the test's working folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");
    public static string TestsProject => Path.Combine(Root, "tests", "SccSite.Tests");
    public static string FixtureSite => Path.Combine(TestsProject, "Fixtures", "site");

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "SccSite.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("Cannot find SccSite.sln above the test folder.");
    }
}
