namespace SccSite.Engine;

/// <summary>How far a build has come: the phase, and how many documents of a step are done.</summary>
public readonly record struct BuildProgress(Phase Phase, string Step, int Done, int Total);
