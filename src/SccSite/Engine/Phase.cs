namespace SccSite.Engine;

/// <summary>Phases run in this order across all pipelines.</summary>
public enum Phase
{
    Read,
    Transform,
    Link,
    Render,
    Write,
}
