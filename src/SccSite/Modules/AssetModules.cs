using System.Collections.Immutable;
using System.Security.Cryptography;
using SccSite.Config;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Templates;
using SccSite.Templates.Views;

namespace SccSite.Modules;

/// <summary>A file to publish as is: its path inside its folder and its bytes.</summary>
public sealed record AssetFile(string LogicalPath, byte[] Bytes);

/// <summary>Reads every file of a folder as an asset to publish under a prefix, in ordinal path order.</summary>
public sealed class ReadFiles : IModule, IReads<Theme>, IReads<BuildPaths>
{
    private readonly Func<ModuleContext, string> _folder;
    private readonly string _destinationPrefix;

    private ReadFiles(Func<ModuleContext, string> folder, string destinationPrefix)
    {
        _folder = folder;
        _destinationPrefix = destinationPrefix;
    }

    /// <summary>The theme's CSS, JavaScript and icons: theme/assets/ to assets/.</summary>
    public static ReadFiles ThemeAssets() => new(c => c.Get<Theme>().AssetsFolder, "assets/");

    /// <summary>Files pages link to, such as images: input/static/ to static/.</summary>
    public static ReadFiles StaticFiles() => new(c => Path.Combine(c.Get<BuildPaths>().Input, InputLayout.StaticFolder), "static/");

    /// <summary>A revision from the file's bytes: what a session made from an unchanged file is reused, and a changed one is made again.</summary>
    private static Revision ContentRevision(byte[] bytes) => new(BitConverter.ToInt64(SHA256.HashData(bytes), 0));

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var root = _folder(context);
        if (!Directory.Exists(root)) return [];
        // A symbolic link could publish a file from outside the folder: links are errors, never read.
        var links = new List<string>();
        var files = InputLayout.Files(root, links);
        var paths = context.Get<BuildPaths>();
        foreach (var link in links)
            context.Report(BuildError.InFile(paths.Display(Path.Combine(root, link)), $"This is a symbolic link; the build reads only real files inside {(root.StartsWith(paths.Input + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? "input" : "theme")}/.", "Replace the link with the file or folder itself."));
        return
        [
            .. files
                .Select(f => File.ReadAllBytes(Path.Combine(root, f)) is var bytes
                    ? Document.Create(_destinationPrefix + f).WithDestination(_destinationPrefix + f).With(new AssetFile(f, bytes)).With(ContentRevision(bytes))
                    : throw new InvalidOperationException()),
        ];
    }
}

/// <summary>Minifies CSS and JavaScript; a minifier error names the asset.</summary>
public sealed class MinifyAssets : PerDocumentModule
{
    protected override Document Process(Document document, ModuleContext context)
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
    protected override Document Process(Document document, ModuleContext context)
    {
        var asset = document.Get<AssetFile>();
        var extension = Path.GetExtension(asset.LogicalPath);
        if (extension is not (".css" or ".js")) return document;
        var hash = Convert.ToHexStringLower(SHA256.HashData(asset.Bytes))[..10];
        return document.WithDestination("assets/" + asset.LogicalPath[..^extension.Length] + "." + hash + extension);
    }
}

/// <summary>Provides the public URLs of the assets the layouts link to; a missing one is an error.</summary>
public sealed class CollectAssetUrls : IModule, IReads<SiteConfig>, IProvides<AssetUrls>
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var basePath = context.Get<SiteConfig>().BasePath;
        string Url(string logical) =>
            basePath + (inputs.FirstOrDefault(a => a.Get<AssetFile>().LogicalPath == logical)?.Destination
                ?? throw new BuildException(BuildError.InFile("theme/assets/" + logical, "The theme asset is missing.", "Restore it; the layouts link to it.")));
        context.Provide(new AssetUrls(Url("css/site.css"), Url("css/print.css"), Url("favicon.svg"), Url("js/search.js"), Url("js/root.js")));
        return inputs;
    }
}
