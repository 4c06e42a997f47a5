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
        try
        {
            Parallel.ForEach(pending, new ParallelOptions { CancellationToken = context.Cancellation }, doc =>
                output.Stage(doc.Destination!, doc.Find<AssetFile>()?.Bytes ?? Utf8.GetBytes(doc.Content ?? "")));
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is BuildException))
        {
            // Parallel.ForEach wraps what Stage threw; a user's error (an unwritable folder) stays a build error, not an internal one.
            throw new BuildException([.. e.InnerExceptions.Cast<BuildException>().SelectMany(b => b.Errors)]);
        }
        context.Provide(output.Commit());
        return [];
    }
}
