namespace SccSite.Engine;

/// <summary>Output paths are relative, '/'-separated and may never leave the output folder.</summary>
public static class OutputPath
{
    public static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var raw in path.Replace('\\', '/').Split('/'))
        {
            if (raw.Length == 0 || raw == ".") continue;
            if (raw == ".." || raw.Contains(':') || raw.IndexOfAny(['\0', '<', '>', '|', '"', '?', '*']) >= 0)
                throw new ArgumentException($"The output path '{path}' is not allowed: it would write outside the output folder or uses a reserved character.");
            parts.Add(raw);
        }
        if (parts.Count == 0) throw new ArgumentException($"The output path '{path}' is empty.");
        return string.Join('/', parts);
    }

    /// <summary>Resolves a normalized output path under a root, checking the result stays inside it.</summary>
    public static string Under(string root, string relative)
    {
        var fullRoot = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(fullRoot, Normalize(relative)));
        var prefix = fullRoot.EndsWith(Path.DirectorySeparatorChar) ? fullRoot : fullRoot + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
            throw new ArgumentException($"The output path '{relative}' resolves outside the output folder.");
        return full;
    }
}
