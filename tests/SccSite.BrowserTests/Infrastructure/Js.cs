using System.Text.Json;
using Microsoft.Playwright;

namespace SccSite.BrowserTests.Infrastructure;

/// <summary>Evaluates a script in the page and reads its JSON result into .NET records (camelCase names).</summary>
public static class Js
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<T> EvalAsync<T>(IPage page, string script, object? arg = null)
    {
        var json = await page.EvaluateAsync<JsonElement>(script, arg);
        return json.Deserialize<T>(Options) ?? throw new InvalidOperationException($"The script returned null: {script}");
    }
}
