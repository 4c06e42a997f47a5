using System.Collections.Immutable;
using System.Security.Cryptography;
using SccSite.Engine;
using SccSite.Templates;

namespace SccSite.Modules;

/// <summary>A theme asset: its path inside theme/assets and the bytes to publish.</summary>
public sealed record AssetFile(string LogicalPath, byte[] Bytes);

/// <summary>Public URLs of the fingerprinted assets the layouts reference.</summary>
public sealed record AssetUrls(string Css, string PrintCss, string Favicon, string SearchJs)
{
    public static AssetUrls From(ImmutableArray<Document> assets, string basePath)
    {
        string Url(string logical) =>
            basePath + (assets.FirstOrDefault(a => a.Get<AssetFile>().LogicalPath == logical)?.Destination
                ?? throw new BuildException(BuildError.InFile("theme/assets/" + logical, "The theme asset is missing.", "Restore it; the layouts link to it.")));
        return new AssetUrls(Url("css/site.css"), Url("css/print.css"), Url("favicon.svg"), Url("js/search.js"));
    }
}

/// <summary>Reads theme/assets; each file keeps its path under assets/ until it is fingerprinted.</summary>
public sealed class ReadAssets : IModule
{
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
            result.Add(Document.Create("theme/assets/" + file).WithDestination("assets/" + file).With(new AssetFile(file, bytes)));
        }
        return result.ToImmutable();
    }
}

/// <summary>Minifies CSS and JavaScript; a minifier error names the asset.</summary>
public sealed class MinifyAssets : PerDocumentModule
{
    protected override Document Process(Document document, BuildContext context)
    {
        var asset = document.Get<AssetFile>();
        var extension = Path.GetExtension(asset.LogicalPath);
        if (extension is not (".css" or ".js")) return document;
        var text = System.Text.Encoding.UTF8.GetString(asset.Bytes);
        var result = extension == ".css" ? NUglify.Uglify.Css(text) : NUglify.Uglify.Js(text);
        if (result.HasErrors)
            throw new BuildException([.. result.Errors.Select(e => new BuildError(document.Id, e.StartLine, e.StartColumn, $"Cannot minify: {e.Message}"))]);
        return document.With(asset with { Bytes = System.Text.Encoding.UTF8.GetBytes(result.Code) });
    }
}

/// <summary>Puts a content hash in the name of CSS and JS files so browsers may cache them forever.</summary>
public sealed class FingerprintAssets : PerDocumentModule
{
    protected override Document Process(Document document, BuildContext context)
    {
        var asset = document.Get<AssetFile>();
        var extension = Path.GetExtension(asset.LogicalPath);
        if (extension is not (".css" or ".js")) return document;
        var hash = Convert.ToHexStringLower(SHA256.HashData(asset.Bytes))[..10];
        return document.WithDestination("assets/" + asset.LogicalPath[..^extension.Length] + "." + hash + extension);
    }
}
