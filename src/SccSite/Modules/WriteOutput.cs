using System.Collections.Immutable;
using System.Text;
using SccSite.Engine;

namespace SccSite.Modules;

/// <summary>What the last build wrote: how many files changed, stayed, or were removed.</summary>
public sealed record WriteSummary(int Written, int Unchanged, int Deleted);

/// <summary>
/// Writes every document of the pipelines its pipeline depends on into the output folder. A file
/// whose bytes did not change is not rewritten; files the site no longer produces are removed. It
/// runs only in the Write phase, after every other phase succeeded, so a failed build leaves the
/// output untouched.
/// </summary>
public sealed class WriteOutput : IModule, IReads<BuildPaths>, IProvides<WriteSummary>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var root = context.Get<BuildPaths>().Output;
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var doc in context.Dependencies.Where(d => d.Destination is not null))
        {
            var bytes = doc.Find<AssetFile>()?.Bytes ?? Utf8.GetBytes(doc.Content ?? "");
            if (!files.TryAdd(doc.Destination!, bytes))
                throw new BuildException(BuildError.InFile(doc.Id, $"Two documents would be written to {doc.Destination}."));
        }

        Directory.CreateDirectory(root);
        var paths = files.ToDictionary(f => f.Key, f => OutputPath.Under(root, f.Key), StringComparer.Ordinal);
        foreach (var folder in paths.Values.Select(Path.GetDirectoryName).Distinct().Order(StringComparer.Ordinal))
            Directory.CreateDirectory(folder!);
        var written = 0;
        var unchanged = 0;
        Parallel.ForEach(files, file =>
        {
            var path = paths[file.Key];
            var exists = File.Exists(path);
            if (exists && SameBytes(path, file.Value))
            {
                Interlocked.Increment(ref unchanged);
                return;
            }
            if (exists)
            {
                // Replace atomically, so a reader (or the preview) never sees half a file.
                var temp = path + ".tmp-" + Environment.ProcessId;
                File.WriteAllBytes(temp, file.Value);
                File.Move(temp, path, overwrite: true);
            }
            else File.WriteAllBytes(path, file.Value);
            Interlocked.Increment(ref written);
        });
        var deleted = DeleteStale(root, files);
        context.Provide(new WriteSummary(written, unchanged, deleted));
        return [];
    }

    private static bool SameBytes(string path, byte[] bytes) =>
        new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);

    private static int DeleteStale(string root, SortedDictionary<string, byte[]> keep)
    {
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            if (keep.ContainsKey(relative)) continue;
            File.Delete(file);
            deleted++;
        }
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        return deleted;
    }
}
