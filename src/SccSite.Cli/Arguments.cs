namespace SccSite.Cli;

/// <summary>The parsed command line. Unknown options are errors, never ignored.</summary>
public sealed record Arguments(string Command, string Input, string Output, string? Theme, string? BaseUrl, bool Strict, int Port, IReadOnlyList<string> Files, string? Error)
{
    public bool Timings { get; init; }

    public static Arguments Parse(string[] args)
    {
        var result = new Arguments("help", "input", "output", null, null, false, 5080, [], null);
        if (args.Length == 0) return result;
        var command = args[0];
        var rest = args.Skip(1).ToList();
        if (command == "translations")
        {
            if (rest.Count == 0 || rest[0] != "mark-current") return result with { Error = "use 'translations mark-current [FILE...]'." };
            rest.RemoveAt(0);
        }
        else if (command is not ("build" or "check" or "preview" or "help" or "--help" or "-h"))
            return result with { Error = $"unknown command '{command}'." };
        result = result with { Command = command.StartsWith('-') ? "help" : command };
        var files = new List<string>();
        for (var i = 0; i < rest.Count; i++)
        {
            string? Value() => i + 1 < rest.Count ? rest[++i] : null;
            switch (rest[i])
            {
                case "--input": result = result with { Input = Value() ?? "" }; break;
                case "--output": result = result with { Output = Value() ?? "" }; break;
                case "--theme": result = result with { Theme = Value() }; break;
                case "--base-url": result = result with { BaseUrl = Value() }; break;
                case "--strict": result = result with { Strict = true }; break;
                case "--timings": result = result with { Timings = true }; break;
                case "--port":
                    if (!int.TryParse(Value(), out var port) || port is < 1 or > 65535) return result with { Error = "--port needs a number from 1 to 65535." };
                    result = result with { Port = port };
                    break;
                default:
                    if (rest[i].StartsWith('-')) return result with { Error = $"unknown option '{rest[i]}'." };
                    if (command != "translations") return result with { Error = $"unexpected argument '{rest[i]}'." };
                    files.Add(rest[i]);
                    break;
            }
        }
        if (result.Input.Length == 0 || result.Output.Length == 0) return result with { Error = "--input and --output need a folder." };
        return result with { Files = files };
    }
}
