using SccSite.Cli;
using SccSite.Cli.Output;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Cli;

/// <summary>The command line as a user meets it: per-command options and help, exit codes, honest timings, plain or styled output.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("build", "--port", "5000")]
    [InlineData("check", "--strict")]
    [InlineData("check", "--output", "x")]
    [InlineData("new", "page", "x", "--output", "y")]
    [InlineData("translations", "mark-current", "--port", "1")]
    [InlineData("preview", "--strict")]
    public async Task An_option_that_does_not_belong_to_the_command_is_a_usage_error(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);
        Assert.Equal(CommandLine.Usage, result.ExitCode);
        Assert.Contains("Unrecognized command or argument", result.Error);
        Assert.Contains($"{args[0]}", result.Error);
        Assert.Contains("--help", result.Error);
    }

    [Theory]
    [InlineData("build", "--strict", "--timings", "--drafts", "--base-url")]
    [InlineData("check", "--input", "--timings")]
    [InlineData("preview", "--port")]
    [InlineData("new", "--priority")]
    public async Task Each_command_has_its_own_help(string command, params string[] options)
    {
        var result = await CliRunner.RunAsync(command, "--help");
        Assert.Equal(CommandLine.Ok, result.ExitCode);
        foreach (var option in options) Assert.Contains(option, result.Out);
        if (command != "build") Assert.DoesNotContain("--drafts", result.Out);
    }

    [Fact]
    public async Task There_is_a_version()
    {
        var result = await CliRunner.RunAsync("--version");
        Assert.Equal(CommandLine.Ok, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }

    [Fact]
    public async Task A_bad_port_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("preview", "--port", "70000");
        Assert.Equal(CommandLine.Usage, result.ExitCode);
        Assert.Contains("--port needs a number from 1 to 65535", result.Error);
    }

    [Fact]
    public async Task The_summary_gives_one_total_time_and_timings_give_the_phases()
    {
        using var site = TempSite.Fixture();
        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", site.Output, "--theme", site.Theme, "--timings");
        Assert.Equal(CommandLine.Ok, result.ExitCode);
        Assert.Single(result.Out.Split('\n'), l => l.Contains(" ms", StringComparison.Ordinal) && l.StartsWith("Built", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"(?m)^(en|ru|zh|kk):.* ms", result.Out); // no per-language time: it is not measured per language
        foreach (var phase in new[] { "read", "transform", "link", "render", "write", "total" })
            Assert.Matches($@"(?m)^{phase} +\d+ ms$", result.Out);
        Assert.Matches(@"(?m)^Content/Render/ApplyLayout +\d+ ms", result.Out);
        Assert.Contains("MB allocated", result.Out);
    }

    [Fact]
    public async Task Without_timings_there_are_no_phase_lines()
    {
        using var site = TempSite.Fixture();
        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", site.Output, "--theme", site.Theme);
        Assert.DoesNotMatch(@"(?m)^render +\d+ ms$", result.Out);
    }

    [Fact]
    public async Task A_terminal_gets_colour_and_progress_and_a_pipe_gets_plain_lines()
    {
        using var site = TempSite.Fixture();
        site.Edit("input/en/about.md", s => s.Replace("title:", "titel:", StringComparison.Ordinal));
        string[] args = ["build", "--input", site.Input, "--output", site.Output, "--theme", site.Theme];

        var plainOut = new StringWriter();
        var plainErr = new StringWriter();
        Assert.Equal(CommandLine.SiteErrors, await CommandLine.RunAsync(args, plainOut, plainErr, ConsoleStyle.Plain, CancellationToken.None));
        Assert.DoesNotContain("\u001b[", plainErr.ToString() + plainOut);

        site.Edit("input/en/about.md", s => s.Replace("titel:", "title:", StringComparison.Ordinal));
        site.Edit("input/en/index.md", s => s.Replace("title:", "titel:", StringComparison.Ordinal));
        var ttyOut = new StringWriter();
        var ttyErr = new StringWriter();
        Assert.Equal(CommandLine.SiteErrors, await CommandLine.RunAsync(args, ttyOut, ttyErr, new ConsoleStyle(Colour: true, Progress: true), CancellationToken.None));
        Assert.Contains("\u001b[31minput/en/index.md:", ttyErr.ToString()); // errors in red
        Assert.Contains("\r\u001b[2K", ttyErr.ToString()); // a progress line, cleared before the report
    }

    [Fact]
    public void The_console_is_plain_in_ci_or_with_no_color()
    {
        var saved = (Environment.GetEnvironmentVariable("CI"), Environment.GetEnvironmentVariable("NO_COLOR"));
        try
        {
            Environment.SetEnvironmentVariable("CI", "true");
            Assert.Equal(ConsoleStyle.Plain, ConsoleStyle.Detect());
            Environment.SetEnvironmentVariable("CI", null);
            Environment.SetEnvironmentVariable("NO_COLOR", "1");
            Assert.Equal(ConsoleStyle.Plain, ConsoleStyle.Detect());
        }
        finally
        {
            Environment.SetEnvironmentVariable("CI", saved.Item1);
            Environment.SetEnvironmentVariable("NO_COLOR", saved.Item2);
        }
    }
}
