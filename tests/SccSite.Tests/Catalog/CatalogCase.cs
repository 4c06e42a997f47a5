using SccSite.Tests.Testing;

namespace SccSite.Tests.Catalog;

/// <summary>The kinds of bad input the catalog covers; README.md counts the cases per kind.</summary>
public enum ErrorClass
{
    Yaml,
    Encoding,
    Paths,
    Config,
    Templates,
    CommandLine,
    FileSystem,
}

/// <summary>
/// One bad input: how to make it from the fixture site, and what the real command line must do with it.
/// <see cref="Where"/> is the expected "file:line:column" ("{root}" stands for the temporary site's folder),
/// <see cref="Message"/> a stable fragment of the message printed right after ": error: ".
/// Positive controls (exit 0) have no location and no message; their <see cref="Also"/> says what the build must have produced.
/// </summary>
public sealed record CatalogCase(string Id, ErrorClass Class, string Input, int Exit, string? Where, string? Message, Action<TempSite> Setup)
{
    /// <summary>The command line; by default 'build' of the temporary site into its output/.</summary>
    public Func<TempSite, string[]>? Args { get; init; }

    /// <summary>The output folder, relative to the site's root: left out of the snapshot of untouched files.</summary>
    public string OutputFolder { get; init; } = "output";

    /// <summary>Build the site once before breaking it, and check that the failed build left that output as it was.</summary>
    public bool PreviousOutput { get; init; } = true;

    /// <summary>What the case asserts beyond the uniform checks.</summary>
    public Action<TempSite, CliRunner.Result>? Also { get; init; }

    /// <summary>Undoes what the file system cannot delete by itself (an immutable flag).</summary>
    public Action<TempSite>? Cleanup { get; init; }

    /// <summary>What the README table says the case expects.</summary>
    public string Expectation => Exit switch
    {
        0 => "exit 0: builds",
        2 => $"exit 2: `error: {Message}`",
        _ => $"exit {Exit}: `{Where}: error: {Message}`",
    };

    public override string ToString() => $"{Id} {Input}";
}
