using System.CommandLine;
using SccSite.Authoring;
using SccSite.Engine;

namespace SccSite.Cli.Commands;

/// <summary>'new KIND NAME': starts an English page with complete front matter and placeholders to fill in.</summary>
public static class NewCommand
{
    public static Command Create(Terminal console)
    {
        var kind = new Argument<string>("KIND") { Description = $"The kind of page: {string.Join(", ", PageScaffold.Kinds)}." };
        kind.AcceptOnlyFromAmong([.. PageScaffold.Kinds]);
        var name = new Argument<string>("NAME") { Description = "The file name, which is also the URL: energy-storage." };
        var priority = new Option<string?>("--priority") { Description = "For an initiative or event: the priority it belongs to (a file name in priorities/).", HelpName = "NAME" };
        var input = SiteOptions.Input();
        var command = new Command("new", "Start a page: 'new initiative energy-storage --priority energy-cooperation' writes input/en/initiatives/energy-storage.md.") { kind, name, priority, input };
        command.SetAction(parsed =>
        {
            var options = new BuildOptions(parsed.GetValue(input)!, "output");
            try
            {
                var config = SiteBuilder.LoadConfig(options);
                var file = PageScaffold.Create(options.Paths, config, parsed.GetValue(kind)!, parsed.GetValue(name)!, parsed.GetValue(priority));
                console.Out.WriteLine($"Created {file}. Replace every 'TODO:' (the build fails until none is left), then run 'sccsite preview'.");
                return CommandLine.Ok;
            }
            catch (BuildException e)
            {
                foreach (var error in e.Errors) console.Fail(error);
                return CommandLine.SiteErrors;
            }
        });
        return command;
    }
}
