namespace SccSite.Cli.Output;

/// <summary>
/// How to write to the console: with colour and a live progress line on a terminal; plain lines
/// in CI, when output is piped, or when NO_COLOR is set.
/// </summary>
public sealed record ConsoleStyle(bool Colour, bool Progress)
{
    public static ConsoleStyle Plain { get; } = new(false, false);

    public static ConsoleStyle Detect()
    {
        var plain = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            || Console.IsOutputRedirected || Console.IsErrorRedirected
            || Environment.GetEnvironmentVariable("TERM") == "dumb";
        return plain ? Plain : new ConsoleStyle(true, true);
    }

    public string Error(string text) => Colour ? $"\u001b[31m{text}\u001b[0m" : text;

    public string Warning(string text) => Colour ? $"\u001b[33m{text}\u001b[0m" : text;

    public string Dim(string text) => Colour ? $"\u001b[2m{text}\u001b[0m" : text;

    public string Strong(string text) => Colour ? $"\u001b[1m{text}\u001b[0m" : text;
}
