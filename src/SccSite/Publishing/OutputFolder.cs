using System.Collections.Concurrent;
using System.Collections.Immutable;
using SccSite.Engine;

namespace SccSite.Publishing;

/// <summary>What a build did to the output folder.</summary>
public sealed record WriteSummary(int Written, int Unchanged, int Deleted)
{
    /// <summary>The files whose bytes changed, as output paths.</summary>
    public ImmutableArray<string> Changed { get; init; } = [];

    /// <summary>The files removed because the site no longer produces them.</summary>
    public ImmutableArray<string> Removed { get; init; } = [];
}

/// <summary>
/// The output folder of one build. Pages are staged as they are rendered: a file whose bytes did
/// not change is left alone, a changed one is written to a staging folder inside the output. Only
/// <see cref="Commit"/> moves staged files into place (each atomically) and removes stale files, so a
/// build that fails before committing leaves the output untouched. Files that are not ours
/// (.git/, CNAME, .nojekyll and the configured keep list) are never removed.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    public const string StagingName = ".sccsite-staging";
    private static readonly string[] AlwaysKept = [".git", "CNAME", ".nojekyll"];

    private readonly ConcurrentDictionary<string, bool> _claimed = new(StringComparer.Ordinal); // destination → changed
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _keep;

    private readonly IReadOnlySet<string>? _lastWritten;

    /// <param name="dryRun">Compare and count, but write nothing (the 'check' command).</param>
    /// <param name="lastWritten">
    /// What the previous build of the same session left in the folder (the preview): stale files are
    /// then those it wrote and this build does not, so the folder is not walked on every save.
    /// </param>
    public OutputFolder(string root, bool dryRun, IEnumerable<string>? keep = null, IReadOnlySet<string>? lastWritten = null)
    {
        _lastWritten = lastWritten;
        Root = Path.GetFullPath(root);
        DryRun = dryRun;
        _keep = [.. AlwaysKept, .. (keep ?? []).Select(k => k.Trim('/'))];
        Staging = Path.Combine(Root, StagingName);
        _existed = Directory.Exists(Root);
        _startsEmpty = !_existed || !Directory.EnumerateFileSystemEntries(Root).Any(e => Path.GetFileName(e) != StagingName);
    }

    // A folder that held nothing before the build can hold nothing stale after it.
    private readonly bool _startsEmpty;
    private readonly bool _existed;
    private bool _committed;

    public string Root { get; }
    public bool DryRun { get; }
    private string Staging { get; }

    /// <summary>Stages one file; returns whether its bytes differ from what the output holds now.</summary>
    public bool Stage(string destination, ReadOnlySpan<byte> bytes)
    {
        var target = OutputPath.Under(Root, destination);
        var changed = !SameBytes(target, bytes);
        if (!_claimed.TryAdd(OutputPath.Normalize(destination), changed))
            throw new BuildException(BuildError.InFile(destination, $"Two documents would be written to {destination}."));
        if (changed && !DryRun)
        {
            var staged = OutputPath.Under(Staging, destination);
            try
            {
                CreateFolder(Path.GetDirectoryName(staged)!);
                File.WriteAllBytes(staged, bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw CannotWrite(e);
            }
        }
        return changed;
    }

    /// <summary>
    /// A folder the build may not write (read-only, full disk) is the user's to fix, not a bug: an error
    /// naming the output folder, the same for every page so it is printed once.
    /// </summary>
    private BuildException CannotWrite(Exception e) =>
        new(BuildError.InFile(Root, $"Cannot write the output folder: {e.Message}", "Check that it is a folder you may write to, on a disk with free space."));

    /// <summary>Claims a file that a remembered step produced and that is known to be unchanged (a preview session).</summary>
    public void Keep(string destination)
    {
        if (!_claimed.TryAdd(OutputPath.Normalize(destination), false))
            throw new BuildException(BuildError.InFile(destination, $"Two documents would be written to {destination}."));
    }

    /// <summary>Moves the staged files into place, removes files the site no longer produces, and says what changed.</summary>
    public WriteSummary Commit()
    {
        var changed = _claimed.Where(c => c.Value).Select(c => c.Key).Order(StringComparer.Ordinal).ToImmutableArray();
        if (DryRun) return new WriteSummary(changed.Length, _claimed.Count - changed.Length, 0) { Changed = changed };
        _committed = true;
        var deleted = new List<string>();
        try
        {
            Directory.CreateDirectory(Root);
            if (Directory.Exists(Staging)) MoveInto(Staging, Root);
            if (_lastWritten is not null) DeleteNoLongerWritten(deleted);
            else if (!_startsEmpty) DeleteStale(Root, "", deleted);
            DeleteStaging();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(e);
        }
        return new WriteSummary(changed.Length, _claimed.Count - changed.Length, deleted.Count) { Changed = changed, Removed = [.. deleted.Order(StringComparer.Ordinal)] };
    }

    /// <summary>
    /// Moves staged files into place, each with one atomic rename. A staged folder whose target does
    /// not exist yet moves as a whole, so a first build costs a handful of renames, not one per file.
    /// </summary>
    private static void MoveInto(string staged, string target)
    {
        foreach (var entry in new DirectoryInfo(staged).EnumerateFileSystemInfos())
        {
            var destination = Path.Combine(target, entry.Name);
            var existing = new FileInfo(destination);
            // A link in the output is replaced, never written through: it could point outside the folder.
            if (existing.LinkTarget is not null) existing.Delete();
            if (entry is DirectoryInfo folder)
            {
                if (File.Exists(destination)) File.Delete(destination); // a stale file where a folder now goes
                if (Directory.Exists(destination)) MoveInto(folder.FullName, destination);
                else folder.MoveTo(destination);
            }
            else
            {
                if (Directory.Exists(destination)) Directory.Delete(destination, recursive: true); // a stale folder where a file now goes
                File.Move(entry.FullName, destination, overwrite: true);
            }
        }
    }

    /// <summary>Removes the staging folder (a failed build, or one that was interrupted before).</summary>
    public void Dispose() => DeleteStaging();

    private void DeleteStaging()
    {
        if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
        // A failed first build leaves no trace: not even the empty folder staging needed.
        if (!_committed && !_existed && Directory.Exists(Root) && !Directory.EnumerateFileSystemEntries(Root).Any()) Directory.Delete(Root);
    }

    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != bytes.Length || info.LinkTarget is not null) return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private void CreateFolder(string folder)
    {
        if (_folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder); // idempotent, so two threads may both create it
        _folders.TryAdd(folder, 0);
    }

    /// <summary>Deletes every file we did not produce, depth first; never follows a link out of the folder.</summary>
    private void DeleteStale(string folder, string relative, List<string> deleted)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            if (IsKept(path) || path == StagingName) continue;
            if (entry is DirectoryInfo directory && entry.LinkTarget is null)
            {
                DeleteStale(directory.FullName, path, deleted);
                if (!directory.EnumerateFileSystemInfos().Any()) directory.Delete();
            }
            else if (!_claimed.ContainsKey(path))
            {
                entry.Delete(); // a stale file, or a link (the link itself, never what it points to)
                deleted.Add(path);
            }
        }
    }

    /// <summary>Every file this build produced (after <see cref="Commit"/>: what the folder now holds from us).</summary>
    public IReadOnlySet<string> Claimed => _claimed.Keys.ToHashSet(StringComparer.Ordinal);

    private void DeleteNoLongerWritten(List<string> deleted)
    {
        foreach (var path in _lastWritten!.Where(p => !_claimed.ContainsKey(p)).Order(StringComparer.Ordinal))
        {
            var full = OutputPath.Under(Root, path);
            if (!File.Exists(full) && new FileInfo(full).LinkTarget is null) continue;
            File.Delete(full);
            deleted.Add(path);
            for (var folder = Path.GetDirectoryName(full); folder is not null && folder.Length > Root.Length && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
                Directory.Delete(folder);
        }
    }

    private bool IsKept(string path) => _keep.Any(k => path == k || path.StartsWith(k + "/", StringComparison.Ordinal));
}
