using System.Collections.Immutable;

namespace SccSite.Config;

/// <summary>The strict site configuration from input/site.yml.</summary>
public sealed record SiteConfig(
    string Title,
    Uri BaseUrl,
    string DefaultLanguage,
    ImmutableArray<Language> Languages,
    string SourceFile)
{
    /// <summary>The path the site is hosted under, always starting and ending with '/': "/" or "/sco/".</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    /// <summary>The raw HTML editors may write in Markdown (markdown.allowHtml); none by default.</summary>
    public MarkdownSettings Markdown { get; init; } = MarkdownSettings.Default;

    /// <summary>What the output folder keeps, and whether GitHub Pages files are written.</summary>
    public OutputSettings Output { get; init; } = OutputSettings.Default;

    public Language Default => Language(DefaultLanguage);

    public Language Language(string code) =>
        Languages.FirstOrDefault(l => l.Code == code) ?? throw new KeyNotFoundException($"Unknown language '{code}'.");

    public bool HasLanguage(string code) => Languages.Any(l => l.Code == code);

    /// <summary>Absolute URL for a site path such as "/en/about/".</summary>
    public string Absolute(string sitePath) =>
        IsPlainPath(sitePath) ? BaseUrl.GetLeftPart(UriPartial.Authority) + sitePath : new Uri(BaseUrl, sitePath).AbsoluteUri;

    /// <summary>A rooted path that Uri would leave exactly as it is: ASCII letters, digits, '-', '_', '.', '/' and no dot segments.</summary>
    private static bool IsPlainPath(string path) =>
        path.StartsWith('/') && !path.Contains("/.", StringComparison.Ordinal) &&
        path.AsSpan().IndexOfAnyExcept(PlainPathCharacters) < 0;

    private static readonly System.Buffers.SearchValues<char> PlainPathCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./");

    /// <summary>The ordered fallback chain of a language: its own list, ending at the default language.</summary>
    public ImmutableArray<string> FallbackChain(Language lang)
    {
        var chain = new List<string>();
        foreach (var code in lang.Fallback.Append(DefaultLanguage))
            if (!chain.Contains(code) && code != lang.Code) chain.Add(code);
        return [.. chain];
    }

    public SiteConfig WithBaseUrl(Uri baseUrl) => this with { BaseUrl = baseUrl };
}
