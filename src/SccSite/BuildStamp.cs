using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SccSite.Content;
using SccSite.Engine;
using SccSite.Publishing;
using SccSite.Translations;

namespace SccSite;

/// <summary>A file as the stamp saw it: its path, size and last write time.</summary>
internal readonly record struct FileStamp(string Path, long Size, long Ticks);

/// <summary>
/// The record of the last successful build into an output folder, kept in .sccsite/ beside input/.
/// When the engine, the options, every input and theme file and every output file are exactly as
/// recorded, a build has nothing to do and says so, the way make and ninja skip up-to-date targets.
/// Editing an output by hand, or touching any input, makes the next build a full one.
/// </summary>
internal sealed record BuildStamp(string Key, ImmutableArray<FileStamp> Inputs, ImmutableArray<FileStamp> Outputs,
    ImmutableArray<string> Notices, ImmutableArray<LanguageStatus> Report, int Pages)
{
    public static string PathFor(BuildPaths paths) => Path.Combine(paths.ProjectRoot, ".sccsite", "stamps",
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(paths.Output)))[..16] + ".json");

    /// <summary>What decides the output besides the files: the engine build and the options.</summary>
    public static string KeyFor(BuildOptions options, Search search) => string.Join('\n',
        typeof(BuildStamp).Assembly.ManifestModule.ModuleVersionId, options.Paths.Input, options.Paths.Theme, options.Paths.Output,
        options.BaseUrl ?? "", options.IncludeDrafts, search.Enabled, search.Runner ?? "");

    public static ImmutableArray<FileStamp> InputsOf(BuildPaths paths) =>
        [.. Stamp(paths.Input, InputLayout.Files(paths.Input), "input/"), .. Stamp(paths.Theme, InputLayout.Files(paths.Theme), "theme/")];

    /// <summary>The files of the output folder the site owns (not .git/, CNAME and the like).</summary>
    public static ImmutableArray<FileStamp> OutputsOf(BuildPaths paths) => [.. Stamp(paths.Output, InputLayout.Files(paths.Output), "")];

    private static IEnumerable<FileStamp> Stamp(string root, IEnumerable<string> files, string prefix) => files.Select(f =>
    {
        var info = new FileInfo(Path.Combine(root, f));
        return new FileStamp(prefix + f, info.Length, info.LastWriteTimeUtc.Ticks);
    });

    public bool Matches(string key, BuildPaths paths) =>
        Key == key && Inputs.SequenceEqual(InputsOf(paths)) && Outputs.SequenceEqual(OutputsOf(paths));

    public static BuildStamp? Load(BuildPaths paths)
    {
        var file = PathFor(paths);
        if (!File.Exists(file)) return null;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = json.RootElement;
            static ImmutableArray<FileStamp> Files(JsonElement list) =>
                [.. list.EnumerateArray().Select(f => new FileStamp(f[0].GetString()!, f[1].GetInt64(), f[2].GetInt64()))];
            static ImmutableArray<string> Strings(JsonElement list) => [.. list.EnumerateArray().Select(e => e.GetString()!)];
            return new BuildStamp(root.GetProperty("key").GetString()!, Files(root.GetProperty("inputs")), Files(root.GetProperty("outputs")),
                Strings(root.GetProperty("notices")),
                [.. root.GetProperty("report").EnumerateArray().Select(r => new LanguageStatus(
                    r.GetProperty("language").GetString()!, r.GetProperty("pages").GetInt32(), r.GetProperty("translated").GetInt32(),
                    r.GetProperty("stale").GetInt32(), r.GetProperty("missing").GetInt32(), r.GetProperty("orphaned").GetInt32(),
                    Strings(r.GetProperty("stalePages")), Strings(r.GetProperty("missingPages")), Strings(r.GetProperty("orphanedPages"))))],
                root.GetProperty("pages").GetInt32());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null; // an unreadable stamp only costs a full build
        }
    }

    public void Save(BuildPaths paths)
    {
        var file = PathFor(paths);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("key", Key);
            WriteFiles(w, "inputs", Inputs);
            WriteFiles(w, "outputs", Outputs);
            WriteStrings(w, "notices", Notices);
            w.WriteStartArray("report");
            foreach (var r in Report)
            {
                w.WriteStartObject();
                w.WriteString("language", r.Language);
                w.WriteNumber("pages", r.Pages);
                w.WriteNumber("translated", r.Translated);
                w.WriteNumber("stale", r.Stale);
                w.WriteNumber("missing", r.Missing);
                w.WriteNumber("orphaned", r.Orphaned);
                WriteStrings(w, "stalePages", r.StalePages);
                WriteStrings(w, "missingPages", r.MissingPages);
                WriteStrings(w, "orphanedPages", r.OrphanedPages);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("pages", Pages);
            w.WriteEndObject();
        }
        var temp = file + ".tmp";
        File.WriteAllBytes(temp, stream.ToArray());
        File.Move(temp, file, overwrite: true);
    }

    /// <summary>Forgets the stamp (before a build that may fail, so a half-done output is never taken as up to date).</summary>
    public static void Delete(BuildPaths paths)
    {
        var file = PathFor(paths);
        if (File.Exists(file)) File.Delete(file);
    }

    private static void WriteFiles(Utf8JsonWriter w, string name, ImmutableArray<FileStamp> files)
    {
        w.WriteStartArray(name);
        foreach (var f in files)
        {
            w.WriteStartArray();
            w.WriteStringValue(f.Path);
            w.WriteNumberValue(f.Size);
            w.WriteNumberValue(f.Ticks);
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, ImmutableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
