using System.CommandLine;

namespace SccSite.Cli.Commands;

/// <summary>'preview' builds, serves on 127.0.0.1 and rebuilds on every save, reloading the open pages.</summary>
public static class PreviewCommand
{
    public static Command Create(Terminal console)
    {
        var input = SiteOptions.Input();
        var output = SiteOptions.Output();
        var theme = SiteOptions.Theme();
        var port = new Option<int>("--port") { Description = "The port to serve on.", DefaultValueFactory = _ => 5080, HelpName = "N" };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65535) result.AddError("--port needs a number from 1 to 65535.");
        });
        var search = new Option<bool>("--search") { Description = "Also build the search index (slower saves)." };
        var command = new Command("preview", "Build, serve on http://127.0.0.1:5080/ and rebuild what a save changes (live reload, errors shown in the browser, drafts shown).") { input, output, theme, port, search };
        command.SetAction((parsed, cancellation) => Preview.PreviewServer.RunAsync(
            new BuildOptions(parsed.GetValue(input)!, parsed.GetValue(output)!, parsed.GetValue(theme)),
            parsed.GetValue(port), parsed.GetValue(search), console.Out, console.Error, cancellation));
        return command;
    }
}
