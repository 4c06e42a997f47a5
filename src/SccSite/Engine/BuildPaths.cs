namespace SccSite.Engine;

/// <summary>Where a build reads and writes. Display paths in messages are relative to the project root.</summary>
public sealed record BuildPaths(string Input, string Theme, string Output)
{
    public string ProjectRoot => Path.GetDirectoryName(Path.GetFullPath(Input).TrimEnd(Path.DirectorySeparatorChar)) ?? "/";

    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(ProjectRoot, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }
}
