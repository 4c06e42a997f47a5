using SccSite.Cli;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Cli;

/// <summary>'new' starts a page that is complete but cannot be published until its placeholders are filled in.</summary>
public class NewPageTests
{
    private static Task<CliRunner.Result> New(TempSite site, params string[] args) => CliRunner.RunAsync(["new", .. args, "--input", site.Input]);

    [Fact]
    public async Task An_initiative_gets_its_priority_the_next_free_order_and_placeholders()
    {
        using var site = TempSite.Fixture();
        var result = await New(site, "initiative", "energy-storage", "--priority", "alpha");
        Assert.Equal(CommandLine.Ok, result.ExitCode);
        var text = File.ReadAllText(Path.Combine(site.Input, "en", "initiatives", "energy-storage.md"));
        Assert.Contains("priority: alpha\n", text);
        Assert.Contains("order: 2\n", text); // the fixture's one initiative has order 1
        Assert.Contains("title: \"TODO:", text);
        Assert.Contains("Created", result.Out);

        // Placeholders fail the build at their line, then the page builds once they are filled in.
        var failed = site.Build();
        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Errors, e => e.File == "input/en/initiatives/energy-storage.md" && e.Line == 2 && e.Message.StartsWith("'title' still holds the placeholder", StringComparison.Ordinal));
        Assert.Contains(failed.Errors, e => e.File == "input/en/initiatives/energy-storage.md" && e.Message.StartsWith("'status' still holds the placeholder", StringComparison.Ordinal));
        site.Edit("input/en/initiatives/energy-storage.md", s => s
            .Replace("\"TODO: the initiative's name, as readers should see it\"", "Energy storage", StringComparison.Ordinal)
            .Replace("\"TODO: one sentence for search results and cards\"", "Storing energy.", StringComparison.Ordinal)
            .Replace("\"TODO: proposed, planned, established or declared\"", "proposed", StringComparison.Ordinal));
        var body = site.Build();
        var error = Assert.Single(body.Errors);
        Assert.Equal((9, 1), (error.Line, error.Column));
        Assert.Contains("still starts with the placeholder 'TODO:'", error.Message);
        site.Edit("input/en/initiatives/energy-storage.md", s => s[..s.IndexOf("TODO:", StringComparison.Ordinal)] + "A new initiative.\n");
        Assert.True(site.Build().Succeeded);
        Assert.Contains("Energy storage", site.Read("kk/initiatives/energy-storage/index.html"));
    }

    [Theory]
    [InlineData("event", "new-forum", "date: \"TODO:")]
    [InlineData("priority", "trade", "order: 2\n")]
    [InlineData("page", "contact", "title: \"TODO:")]
    public async Task Every_kind_can_be_started(string kind, string name, string expected)
    {
        using var site = TempSite.Fixture();
        Assert.Equal(CommandLine.Ok, (await New(site, kind, name)).ExitCode);
        var folder = kind switch { "event" => "events", "priority" => "priorities", _ => "" };
        Assert.Contains(expected, File.ReadAllText(Path.Combine(site.Input, "en", folder, name + ".md")));
    }

    [Fact]
    public async Task An_existing_page_is_never_overwritten()
    {
        using var site = TempSite.Fixture();
        var before = File.ReadAllText(Path.Combine(site.Input, "en", "about.md"));
        var result = await New(site, "page", "about");
        Assert.Equal(CommandLine.SiteErrors, result.ExitCode);
        Assert.Contains("input/en/about.md:1:1: error: The page already exists; 'new' never overwrites a file.", result.Error);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Input, "en", "about.md")));
    }

    [Theory]
    [InlineData("initiative", "x", "--priority", "nope", "There is no priority 'nope'")]
    [InlineData("initiative", "Bad Name", null, null, "cannot be a page's file name")]
    [InlineData("page", "x", "--priority", "alpha", "--priority belongs to initiatives and events")]
    public async Task Mistakes_are_explained(string kind, string name, string? option, string? value, string expected)
    {
        using var site = TempSite.Fixture();
        var result = await New(site, option is null ? [kind, name] : [kind, name, option, value!]);
        Assert.Equal(CommandLine.SiteErrors, result.ExitCode);
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public async Task An_unknown_kind_is_a_usage_error()
    {
        using var site = TempSite.Fixture();
        Assert.Equal(CommandLine.Usage, (await New(site, "article", "x")).ExitCode);
    }
}
