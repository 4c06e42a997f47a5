namespace SccSite.Tests.Testing;

/// <summary>A throw-away copy of a site on real disk: input/, theme/ and an output folder.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite(string inputSource, string? themeSource = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "sccsite-test-" + Guid.NewGuid().ToString("N")[..12]);
        Copy(inputSource, Input);
        Copy(themeSource ?? Repo.Theme, Theme);
    }

    public static TempSite Fixture() => new(Path.Combine(Repo.FixtureSite, "input"));

    public string Root { get; }
    public string Input => Path.Combine(Root, "input");
    public string Theme => Path.Combine(Root, "theme");
    public string Output => Path.Combine(Root, "output");

    /// <summary>Build options; search is off unless asked for, so snapshots hold only our own output.</summary>
    public BuildOptions Options(string? baseUrl = null, bool search = false) =>
        new(Input, Output, Theme, baseUrl) { Search = search ? SccSite.Publishing.Search.Find(new SccSite.Engine.BuildPaths(Input, Theme, Output), _ => { }) : null };

    public BuildResult Build(string? baseUrl = null, bool search = false) => SiteBuilder.Build(Options(baseUrl, search));

    public string Read(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Edit(string relativePath, Func<string, string> change) =>
        Write(relativePath, change(File.ReadAllText(Path.Combine(Root, relativePath))));

    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
