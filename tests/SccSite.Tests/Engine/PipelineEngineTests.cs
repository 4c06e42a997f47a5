using System.Collections.Immutable;
using SccSite.Engine;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Engine;

public class PipelineEngineTests
{
    private sealed record Trace(List<string> Log);

    private sealed class Emit(string name, int count = 1) : IModule
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, BuildContext context)
        {
            context.Get<Trace>().Log.Add(name);
            return [.. inputs, .. Enumerable.Range(0, count).Select(i => Document.Create($"{name}-{i:D4}"))];
        }
    }

    private sealed class Fail : IModule
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, BuildContext context) =>
            throw new BuildException(new BuildError("a.md", 3, 4, "broken"));
    }

    private sealed class SlowUppercase : PerDocumentModule
    {
        protected override Document Process(Document document, BuildContext context)
        {
            Thread.Sleep(Random.Shared.Next(0, 3));
            return document.WithContent(document.Id.ToUpperInvariant());
        }
    }

    [Fact]
    public void Dependencies_run_before_their_dependents_in_each_phase()
    {
        var trace = new Trace([]);
        var engine = new PipelineEngine([
            new Pipeline("B") { DependsOn = ["A"], Read = [new Emit("b-read")], Render = [new Emit("b-render")] },
            new Pipeline("A") { Read = [new Emit("a-read")], Render = [new Emit("a-render")] },
        ]);
        var result = engine.Run(new BuildContext(trace));
        Assert.True(result.Succeeded);
        Assert.Equal(["a-read", "b-read", "a-render", "b-render"], trace.Log);
    }

    [Fact]
    public void Per_document_modules_keep_input_order_while_running_in_parallel()
    {
        var inputs = Enumerable.Range(0, 500).Select(i => Document.Create($"doc-{i:D4}")).ToArray();
        var output = ModuleRunner.Run(new SlowUppercase(), new BuildContext(), inputs);
        Assert.Equal(inputs.Select(d => d.Id.ToUpperInvariant()), output.Select(d => d.Content));
    }

    [Fact]
    public void A_failing_module_stops_the_build_and_later_modules_do_not_run()
    {
        var trace = new Trace([]);
        var engine = new PipelineEngine([new Pipeline("A") { Read = [new Emit("first"), new Fail(), new Emit("never")] }]);
        var result = engine.Run(new BuildContext(trace));
        Assert.False(result.Succeeded);
        Assert.Equal("a.md:3:4: error: broken", Assert.Single(result.Errors).ToString());
        Assert.Equal(["first"], trace.Log);
    }

    [Fact]
    public void A_dependency_cycle_is_rejected()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PipelineEngine([
            new Pipeline("A") { DependsOn = ["B"] }, new Pipeline("B") { DependsOn = ["A"] }]));
        Assert.Contains("cycle", error.Message);
    }

    [Fact]
    public void Documents_are_immutable_copies()
    {
        var original = Document.Create("x").With(new Trace(["a"]));
        var changed = original.WithContent("hello").WithDestination("en/x/index.html");
        Assert.Null(original.Content);
        Assert.Null(original.Destination);
        Assert.Equal("hello", changed.Content);
        Assert.Same(original.Get<Trace>(), changed.Get<Trace>());
    }
}
