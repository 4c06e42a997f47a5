using SccSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace SccSite.Config;

/// <summary>Reads the 'output' section of site.yml: every kept path must stay inside the output folder.</summary>
public static class OutputSettingsLoader
{
    public static OutputSettings Read(YamlMap? output)
    {
        if (output is null) return OutputSettings.Default;
        var keep = new List<string>();
        var node = output.Find("keep");
        if (node is YamlSequenceNode list && list.Children.All(c => c is YamlScalarNode))
        {
            foreach (var item in list.Children.Cast<YamlScalarNode>())
            {
                var path = (item.Value ?? "").Trim();
                if (Problem(path) is { } problem)
                    output.Error(item, $"output.keep: '{path}' {problem}.", "List paths relative to the output folder, like .well-known/ or archive/2023/.");
                else
                    keep.Add(path.Trim('/'));
            }
        }
        else if (node is not null)
            output.Error(node, "Field 'keep' must be a list of paths, like [.well-known/, archive/].");
        var gitHubPages = output.Boolean("githubPages") ?? false;
        output.RejectUnknownKeys("output", ["keep", "githubPages"]);
        return new OutputSettings([.. keep.Distinct(StringComparer.Ordinal)], gitHubPages);
    }

    private static string? Problem(string path)
    {
        if (path.Trim('/').Length == 0) return "is empty or the whole folder";
        if (path.StartsWith('/') || path.StartsWith('\\') || Path.IsPathRooted(path) || path.Contains(':', StringComparison.Ordinal)) return "is absolute";
        if (path.Contains('\\', StringComparison.Ordinal)) return "uses '\\'; write '/' between folders";
        if (path.Split('/').Any(part => part is ".." or ".")) return "leaves the output folder or uses '.'";
        if (path.Any(char.IsControl)) return "holds a control character";
        return null;
    }
}
