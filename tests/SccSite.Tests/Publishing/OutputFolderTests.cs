using System.Text;
using SccSite.Engine;
using SccSite.Publishing;
using Xunit;

namespace SccSite.Tests.Publishing;

/// <summary>The output folder on real disk: staging, atomic commit, stale files, and what is never ours to delete.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sccsite-output-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private string Out(string relative) => Path.Combine(_root, "out", relative);

    private void Put(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Out(relative))!);
        File.WriteAllText(Out(relative), text);
    }

    private WriteSummary Build(params (string Path, string Text)[] files)
    {
        using var output = new OutputFolder(Out(""), dryRun: false);
        foreach (var (path, text) in files) output.Stage(path, Encoding.UTF8.GetBytes(text));
        return output.Commit();
    }

    [Fact]
    public void Nothing_reaches_the_output_before_commit_and_a_failed_build_leaves_it_untouched()
    {
        Put("en/index.html", "old");
        using (var output = new OutputFolder(Out(""), dryRun: false))
        {
            Assert.True(output.Stage("en/index.html", "new"u8));
            Assert.True(output.Stage("en/about/index.html", "about"u8));
            Assert.Equal("old", File.ReadAllText(Out("en/index.html")));
            Assert.False(File.Exists(Out("en/about/index.html")));
        } // disposed without commit: the build failed
        Assert.Equal("old", File.ReadAllText(Out("en/index.html")));
        Assert.False(Directory.Exists(Out(OutputFolder.StagingName)));
        Assert.Equal(["en/index.html"], Directory.EnumerateFiles(Out(""), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Out(""), f).Replace('\\', '/')));
    }

    [Fact]
    public void In_a_session_only_files_the_last_build_wrote_are_stale_and_emptied_folders_go()
    {
        Put("en/old/index.html", "old page");
        Put("en/index.html", "home");
        Put("notes.txt", "not ours: the session never wrote it");
        IReadOnlySet<string> lastWritten = new HashSet<string>(["en/old/index.html", "en/index.html"]);
        using var output = new OutputFolder(Out(""), dryRun: false, lastWritten: lastWritten);
        output.Keep("en/index.html");
        var summary = output.Commit();
        Assert.Equal(["en/old/index.html"], summary.Removed);
        Assert.False(Directory.Exists(Out("en/old")));
        Assert.True(File.Exists(Out("en/index.html")));
        Assert.True(File.Exists(Out("notes.txt")));
        Assert.Equal(["en/index.html"], output.Claimed);
    }

    [Fact]
    public void Unchanged_files_are_not_rewritten_and_stale_ones_are_removed()
    {
        Assert.Equal((2, 0, 0), Counts(Build(("a/index.html", "one"), ("b/index.html", "two"))));
        var stamp = File.GetLastWriteTimeUtc(Out("a/index.html"));
        Thread.Sleep(20);
        Assert.Equal((1, 1, 1), Counts(Build(("a/index.html", "one"), ("c/index.html", "three"))));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Out("a/index.html")));
        Assert.False(Directory.Exists(Out("b")));
        Assert.Equal("three", File.ReadAllText(Out("c/index.html")));
    }

    [Fact]
    public void A_git_worktree_cname_and_nojekyll_survive_every_build()
    {
        Put(".git/HEAD", "ref: refs/heads/gh-pages");
        Put(".git/objects/ab/cdef", "object");
        Put("CNAME", "sco.example.org");
        Put(".nojekyll", "");
        Put("old/index.html", "stale");
        Build(("index.html", "home"));
        Assert.True(File.Exists(Out(".git/HEAD")));
        Assert.True(File.Exists(Out(".git/objects/ab/cdef")));
        Assert.True(File.Exists(Out("CNAME")));
        Assert.True(File.Exists(Out(".nojekyll")));
        Assert.False(Directory.Exists(Out("old")));
    }

    [Fact]
    public void Paths_listed_to_keep_survive()
    {
        Put("downloads/report.pdf", "pdf");
        Put("other.txt", "x");
        using (var output = new OutputFolder(Out(""), dryRun: false, keep: ["downloads/"]))
        {
            output.Stage("index.html", "home"u8);
            output.Commit();
        }
        Assert.True(File.Exists(Out("downloads/report.pdf")));
        Assert.False(File.Exists(Out("other.txt")));
    }

    [Fact]
    public void Stale_deletion_removes_a_link_but_never_follows_it_out_of_the_folder()
    {
        var outside = Path.Combine(_root, "precious");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "mine");
        Directory.CreateDirectory(Out(""));
        Directory.CreateSymbolicLink(Out("linked"), outside);
        File.CreateSymbolicLink(Out("file-link"), Path.Combine(outside, "keep.txt"));
        Build(("index.html", "home"));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(outside, "keep.txt")));
        Assert.False(Path.Exists(Out("linked")));
        Assert.False(Path.Exists(Out("file-link")));
    }

    [Fact]
    public void A_dry_run_compares_but_writes_nothing()
    {
        Put("index.html", "same");
        using var output = new OutputFolder(Out(""), dryRun: true);
        Assert.False(output.Stage("index.html", "same"u8));
        Assert.True(output.Stage("new/index.html", "x"u8));
        Assert.Equal((1, 1, 0), Counts(output.Commit()));
        Assert.False(File.Exists(Out("new/index.html")));
        Assert.False(Directory.Exists(Out(OutputFolder.StagingName)));
    }

    [Fact]
    public void Two_documents_for_one_path_are_an_error()
    {
        using var output = new OutputFolder(Out(""), dryRun: false);
        output.Stage("a/index.html", "1"u8);
        var error = Assert.Throws<BuildException>(() => output.Stage("a//index.html", "2"u8));
        Assert.Contains("Two documents would be written to a//index.html", error.Message);
    }

    [Fact]
    public void A_link_in_the_output_is_replaced_not_written_through()
    {
        var outside = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(outside);
        Directory.CreateDirectory(Out(""));
        Directory.CreateSymbolicLink(Out("en"), outside);
        Build(("en/index.html", "home"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        Assert.Null(new DirectoryInfo(Out("en")).LinkTarget);
        Assert.Equal("home", File.ReadAllText(Out("en/index.html")));
    }

    [Fact]
    public void A_first_build_moves_whole_folders_and_a_later_one_merges_into_them()
    {
        Build(("en/a/index.html", "a"), ("en/b/index.html", "b"));
        Assert.Equal((1, 2, 0), Counts(Build(("en/a/index.html", "a"), ("en/b/index.html", "b"), ("en/c/index.html", "c"))));
        Assert.Equal(["en/a/index.html", "en/b/index.html", "en/c/index.html"],
            Directory.EnumerateFiles(Out(""), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Out(""), f).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    private static (int, int, int) Counts(WriteSummary summary) => (summary.Written, summary.Unchanged, summary.Deleted);
}
