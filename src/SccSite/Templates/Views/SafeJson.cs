using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace SccSite.Templates.Views;

/// <summary>
/// JSON for a script element in a page. The encoder keeps Cyrillic and Chinese readable but always
/// escapes '&lt;', '&gt;' and '&amp;', so no value can close the script element.
/// </summary>
public static class SafeJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static TrustedHtml ForScript(JsonNode node) => new(node.ToJsonString(Options));
}
