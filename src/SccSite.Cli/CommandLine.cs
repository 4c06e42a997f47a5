using System.CommandLine;
using SccSite.Cli.Commands;
using SccSite.Cli.Output;
using SccSite.Engine;

namespace SccSite.Cli;

/// <summary>
/// The command line: build, check, preview, new, move and translations. Thin: all work is in the library.
/// Exit codes: 0 ok, 1 the site has errors, 2 the command line is wrong, 70 a bug in SccSite.
/// </summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int SiteErrors = 1;
    public const int Usage = 2;
    public const int Internal = 70;

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdout, stderr, ConsoleStyle.Plain, CancellationToken.None);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, ConsoleStyle style, CancellationToken cancellation)
    {
        var console = new Terminal(stdout, stderr, style);
        var root = new RootCommand("SccSite builds the multilingual microsite on Kazakhstan's SCO chairmanship from input/ and theme/.")
        {
            BuildCommand.Create(console),
            BuildCommand.CreateCheck(console),
            PreviewCommand.Create(console),
            NewCommand.Create(console),
            MoveCommand.Create(console),
            TranslationsCommand.Create(console),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) await stderr.WriteLineAsync(style.Error($"error: {error.Message}"));
            await stderr.WriteLineAsync($"Run '{string.Join(' ', [root.Name, .. CommandPath(parsed), "--help"])}' for the options.");
            return Usage;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellation);
        }
        catch (OperationCanceledException)
        {
            return Ok;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("SCCSITE_DEBUG") is null)
        {
            // A bug in the generator, not a user mistake: say so briefly, with where it happened; SCCSITE_DEBUG=1 shows the stack.
            var where = e is ModuleFailedException failed && failed.DocumentId is { } document ? $" while processing {document}" : "";
            await stderr.WriteLineAsync(style.Error($"internal error{where}: {e.GetType().Name}: {e.Message}"));
            await stderr.WriteLineAsync("This is a bug in SccSite. Run again with SCCSITE_DEBUG=1 for details and report it.");
            return Internal;
        }
    }

    private static List<string> CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
            names.Insert(0, result.Command.Name);
        return names;
    }
}

/// <summary>Where commands write: standard output, standard error, and how to style it.</summary>
public sealed record Terminal(TextWriter Out, TextWriter Error, ConsoleStyle Style)
{
    public void Fail(BuildError error) => Error.WriteLine(Style.Error(error.ToString()));
}
