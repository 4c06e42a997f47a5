using System.Collections.Immutable;
using System.Text;
using SccSite.Engine;
using SccSite.Publishing;

namespace SccSite.Modules;

/// <summary>
/// Stages what the pipelines it depends on still hold in memory (assets, feeds, generated pages),
/// then commits the output folder: changed files move into place and stale ones go. It runs only
/// in the Write phase, after every other phase succeeded, so a failed build leaves the output untouched.
/// </summary>
public sealed class WriteOutput : IModule, IReads<OutputFolder>, IProvides<WriteSummary>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
    {
        var output = context.Get<OutputFolder>();
        var pending = context.Dependencies.Where(d => d.Destination is not null && d.Find<StagedPage>() is null).ToList();
        Parallel.ForEach(pending, new ParallelOptions { CancellationToken = context.Cancellation }, doc =>
            output.Stage(doc.Destination!, doc.Find<AssetFile>()?.Bytes ?? Utf8.GetBytes(doc.Content ?? "")));
        context.Provide(output.Commit());
        return [];
    }
}
