namespace SccSite.Templates;

/// <summary>HTML that templates print as is. Only rendered Markdown, layouts and partials produce it.</summary>
public sealed record TrustedHtml(string Html)
{
    public static readonly TrustedHtml Empty = new("");

    public override string ToString() => Html;
}
