namespace SccSite.BrowserTests.Gates;

/// <summary>One finding of a gate: on which page, and what is wrong.</summary>
public sealed record GateProblem(string Page, string Message)
{
    public override string ToString() => $"{Page}: {Message}";
}

public static class GateAssert
{
    private const int Shown = 60;

    /// <summary>Fails with every problem (grouped, capped) when a gate found any.</summary>
    public static void Clean(string gate, IReadOnlyCollection<GateProblem> problems)
    {
        if (problems.Count == 0) return;
        var lines = problems
            .GroupBy(p => p.Message)
            .Select(g => g.Count() == 1 ? g.First().ToString() : $"{g.Key}\n    on {g.Count()} pages: {string.Join(", ", g.Select(p => p.Page).Take(8))}{(g.Count() > 8 ? ", …" : "")}")
            .ToList();
        var shown = string.Join("\n", lines.Take(Shown).Select(l => "  - " + l));
        var more = lines.Count > Shown ? $"\n  … and {lines.Count - Shown} more" : "";
        Assert.Fail($"{gate}: {problems.Count} problem(s)\n{shown}{more}");
    }
}
