using System.Text;
using SccSite.Engine;
using SccSite.Publishing;

namespace SccSite.Modules;

/// <summary>Whether a staged page differs from what the output folder holds.</summary>
public sealed record StagedPage(bool Changed);

/// <summary>
/// Hands each rendered page to the output folder as soon as it is rendered, and frees its text:
/// the build never holds every page in memory. When search is on, the page also goes to the
/// folder the search index is built from.
/// </summary>
public sealed class StageOutput : PerDocumentModule, IReads<OutputFolder>, IReads<SearchPages>, IReplayable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    protected override Document? Process(Document document, ModuleContext context)
    {
        if (document.Destination is null) return document;
        var bytes = document.Find<RenderedPage>()?.Utf8 ?? (document.Content is { } text ? Utf8.GetBytes(text) : null);
        if (bytes is null) return document;
        var changed = context.Get<OutputFolder>().Stage(document.Destination, bytes);
        context.Get<SearchPages>().Add(document.Destination, bytes);
        return document.WithoutContent().Without<RenderedPage>().With(new StagedPage(changed));
    }

    /// <summary>A page a session did not render again is still the site's: claim it, unchanged.</summary>
    public void Replay(Document output, ModuleContext context)
    {
        if (output.Destination is not null && output.Find<StagedPage>() is not null) context.Get<OutputFolder>().Keep(output.Destination);
    }
}
