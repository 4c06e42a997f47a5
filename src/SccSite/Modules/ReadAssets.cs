using System.Collections.Immutable;
using System.Security.Cryptography;
using SccSite.Engine;
using SccSite.Templates;

namespace SccSite.Modules;

/// <summary>A theme asset: its path inside theme/assets and the bytes to publish.</summary>
public sealed record AssetFile(string LogicalPath, byte[] Bytes);

/// <summary>Public URLs of the fingerprinted assets the layouts reference.</summary>
public sealed record AssetUrls(string Css, string PrintCss, string Favicon)
{
    public static AssetUrls From(ImmutableArray<Document> assets, string basePath)
    {
        string Url(string logical) =>
            basePath + (assets.FirstOrDefault(a => a.Get<AssetFile>().LogicalPath == logical)?.Destination
                ?? throw new BuildException(BuildError.InFile("theme/assets/" + logical, "The theme asset is missing.", "Restore it; the layouts link to it.")));
        return new AssetUrls(Url("css/site.css"), Url("css/print.css"), Url("favicon.svg"));
    }
}

/// <summary>
/// Reads theme/assets. CSS and JS get a content hash in their file name so they can be cached forever;
/// everything else keeps its name.
/// </summary>
public sealed class ReadAssets : IModule
{
    private static readonly string[] Fingerprinted = [".css", ".js"];

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, BuildContext context)
    {
        var folder = context.Get<Theme>().AssetsFolder;
        if (!Directory.Exists(folder)) return [];
        var result = ImmutableArray.CreateBuilder<Document>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
                     .Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, file));
            var extension = Path.GetExtension(file);
            var destination = "assets/" + (Fingerprinted.Contains(extension) ? Fingerprint(file, bytes) : file);
            result.Add(Document.Create("theme/assets/" + file).WithDestination(destination).With(new AssetFile(file, bytes)));
        }
        return result.ToImmutable();
    }

    public static string Fingerprint(string path, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var extension = Path.GetExtension(path);
        return path[..^extension.Length] + "." + hash + extension;
    }
}
