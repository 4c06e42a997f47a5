using SccSite.Cli;
using SccSite.Cli.Output;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await CommandLine.RunAsync(args, Console.Out, Console.Error, ConsoleStyle.Detect(), stop.Token);
