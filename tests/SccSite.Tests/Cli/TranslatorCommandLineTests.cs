using SccSite.Cli;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Cli;

/// <summary>The translator's commands as a user meets them: help, and usage errors (exit 2) for a wrong command line.</summary>
public class TranslatorCommandLineTests
{
    [Theory]
    [InlineData("translations start", "LANG", "PAGE")]
    [InlineData("translations diff", "FILE")]
    [InlineData("translations mark-current", "--all", "--dry-run", "--force")]
    [InlineData("translations export", "--stale", "--missing", "--all", "--output")]
    [InlineData("translations import", "FILE", "--dry-run")]
    [InlineData("move", "OLD", "NEW", "--dry-run")]
    public async Task Each_translator_command_has_its_own_help(string command, params string[] expected)
    {
        var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);
        Assert.Equal(CommandLine.Ok, result.ExitCode);
        foreach (var text in expected) Assert.Contains(text, result.Out);
    }

    [Theory]
    [InlineData("Name translations or pass --all, not both.", "translations", "mark-current", "--all", "input/ru/about.md")]
    [InlineData("Option '--output' is required.", "translations", "export", "ru")]
    [InlineData("Required argument 'NEW' missing", "move", "input/en/about.md")]
    public async Task A_wrong_command_line_is_a_usage_error(string message, params string[] args)
    {
        var result = await CliRunner.RunAsync(args);
        Assert.Equal(CommandLine.Usage, result.ExitCode);
        Assert.Contains(message, result.Error);
    }
}
