namespace SccSite.Engine;

/// <summary>A user-facing problem: where it is, what is wrong, and how to fix it.</summary>
public sealed record BuildError(string File, int Line, int Column, string Message, string? Hint = null)
{
    public static BuildError InFile(string file, string message, string? hint = null) => new(file, 1, 1, message, hint);

    public override string ToString() =>
        Hint is null ? $"{File}:{Line}:{Column}: error: {Message}" : $"{File}:{Line}:{Column}: error: {Message} {Hint}";
}

/// <summary>Thrown by a module for a user mistake; the engine collects it as a build error.</summary>
public sealed class BuildException(IReadOnlyList<BuildError> errors) : Exception(string.Join(Environment.NewLine, errors))
{
    public BuildException(BuildError error) : this([error]) { }

    public IReadOnlyList<BuildError> Errors { get; } = errors;
}
