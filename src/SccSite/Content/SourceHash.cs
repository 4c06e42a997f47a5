using System.Security.Cryptography;
using System.Text;

namespace SccSite.Content;

/// <summary>The version of a page's translatable text, recorded by translations as 'translatedFrom'.</summary>
public sealed record SourceHash(string Value)
{
    public const int Length = 12;

    public static SourceHash Of(FrontMatter meta)
    {
        var text = $"{meta.Text.Title}\n{meta.Text.Description}\n{meta.Body.Trim()}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return new SourceHash(Convert.ToHexStringLower(hash)[..Length]);
    }
}
