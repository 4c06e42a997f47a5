using System.Collections.Immutable;
using SccSite.Engine;
using SccSite.Tests.Testing;
using Xunit;

namespace SccSite.Tests.Engine;

public class PipelineEngineTests
{
    private sealed record Trace(List<string> Log);

    private sealed record Answer(int Value);

    private sealed class Emit(string name, int count = 1) : IModule, IReads<Trace>
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
        {
            lock (context.Get<Trace>().Log) context.Get<Trace>().Log.Add(name);
            return [.. inputs, .. Enumerable.Range(0, count).Select(i => Document.Create($"{name}-{i:D4}"))];
        }
    }

    private sealed class Fail : IModule
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context) =>
            throw new BuildException(new BuildError("a.md", 3, 4, "broken"));
    }

    private sealed class Provide42 : IModule, IProvides<Answer>
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
        {
            context.Provide(new Answer(42));
            return inputs;
        }
    }

    private sealed class ReadAnswer : IModule, IReads<Answer>, IReads<Trace>
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
        {
            context.Get<Trace>().Log.Add($"answer {context.Get<Answer>().Value}");
            return inputs;
        }
    }

    private sealed class SneakyRead : IModule
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
        {
            context.Get<Trace>();
            return inputs;
        }
    }

    private sealed class SlowUppercase : PerDocumentModule
    {
        protected override Document Process(Document document, ModuleContext context)
        {
            Thread.Sleep(Random.Shared.Next(0, 3));
            return document.WithContent(document.Id.ToUpperInvariant());
        }
    }

    /// <summary>Logs which module saw which document, to show chained modules run per document.</summary>
    private sealed class Step(string name) : PerDocumentModule, IReads<Trace>
    {
        protected override Document Process(Document document, ModuleContext context)
        {
            var log = context.Get<Trace>().Log;
            lock (log) log.Add($"{name}:{document.Id}");
            return document;
        }
    }

    private sealed class Crash : PerDocumentModule
    {
        protected override Document Process(Document document, ModuleContext context) =>
            document.Id == "b" ? throw new InvalidOperationException("boom") : document;
    }

    private sealed class CollectDependencies : IModule, IReads<Trace>
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
        {
            context.Get<Trace>().Log.Add(string.Join(",", context.Dependencies.Select(d => d.Id)));
            return [];
        }
    }

    [Fact]
    public void Dependencies_run_before_their_dependents_in_each_phase()
    {
        var trace = new Trace([]);
        var a = new Pipeline("A") { Read = [new Emit("a-read")], Render = [new Emit("a-render")] };
        var b = new Pipeline("B") { DependsOn = [a], Read = [new Emit("b-read")], Render = [new Emit("b-render")] };
        var result = new PipelineEngine([b, a]).Run(new BuildContext(trace));
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
    public void Consecutive_per_document_modules_take_each_document_through_the_whole_chain()
    {
        var trace = new Trace([]);
        var read = new Emit("doc", 3);
        var engine = new PipelineEngine([new Pipeline("A") { Read = [read], Transform = [new Step("first"), new Step("second")] }]);
        Assert.True(engine.Run(new BuildContext(trace)).Succeeded);
        foreach (var id in new[] { "doc-0000", "doc-0001", "doc-0002" })
            Assert.True(trace.Log.IndexOf($"first:{id}") < trace.Log.IndexOf($"second:{id}"));
        // One chain per document: each document finishes both steps on its thread, so with a single document the order is strict.
        var single = new Trace([]);
        new PipelineEngine([new Pipeline("A") { Read = [new Emit("doc")], Transform = [new Step("first"), new Step("second")] }]).Run(new BuildContext(single));
        Assert.Equal(["doc", "first:doc-0000", "second:doc-0000"], single.Log);
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
    public void A_dependency_cycle_is_rejected_when_the_engine_is_built()
    {
        var a = new Pipeline("A");
        var b = new Pipeline("B") { DependsOn = [a] };
        var cyclic = new Pipeline("A2") { DependsOn = [b] };
        var b2 = new Pipeline("B2") { DependsOn = [cyclic] };
        Assert.Throws<PipelineDefinitionException>(() => new PipelineEngine([b2, cyclic])); // b2 → A2 → B → A, but B and A are not given
        var error = Assert.Throws<PipelineDefinitionException>(() => new PipelineEngine([a, b, cyclic, b2, new Pipeline("A")]));
        Assert.Contains("same name", error.Message);
    }

    [Fact]
    public void A_typed_product_flows_from_its_provider_to_a_dependent_pipeline()
    {
        var trace = new Trace([]);
        var producer = new Pipeline("Producer") { Link = [new Provide42()] };
        var consumer = new Pipeline("Consumer") { DependsOn = [producer], Render = [new ReadAnswer()] };
        Assert.True(new PipelineEngine([producer, consumer]).Run(new BuildContext(trace)).Succeeded);
        Assert.Equal(["answer 42"], trace.Log);
    }

    [Fact]
    public void Reading_a_product_of_the_same_phase_without_depending_on_its_pipeline_fails_at_start_up()
    {
        var producer = new Pipeline("Producer") { Link = [new Provide42()] };
        var consumer = new Pipeline("Consumer") { Link = [new ReadAnswer()] };
        var error = Assert.Throws<PipelineDefinitionException>(() => new PipelineEngine([producer, consumer]));
        Assert.Contains("add Producer to the DependsOn of Consumer", error.Message);
    }

    [Fact]
    public void A_product_of_an_earlier_phase_is_ready_for_every_pipeline()
    {
        var trace = new Trace([]);
        var producer = new Pipeline("Producer") { Link = [new Provide42()] };
        var consumer = new Pipeline("Consumer") { Render = [new ReadAnswer()] };
        Assert.True(new PipelineEngine([consumer, producer]).Run(new BuildContext(trace)).Succeeded);
        Assert.Equal(["answer 42"], trace.Log);
    }

    [Fact]
    public void Independent_pipelines_of_a_phase_run_side_by_side()
    {
        using var bothStarted = new CountdownEvent(2);
        var a = new Pipeline("A") { Read = [new Rendezvous(bothStarted)] };
        var b = new Pipeline("B") { Read = [new Rendezvous(bothStarted)] };
        // Each waits until the other has started: run one after the other, this would time out.
        Assert.True(new PipelineEngine([a, b]).Run(new BuildContext()).Succeeded);
    }

    private sealed class Rendezvous(CountdownEvent started) : IModule
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context)
        {
            started.Signal();
            Assert.True(started.Wait(TimeSpan.FromSeconds(10)), "The other pipeline did not start while this one ran.");
            return inputs;
        }
    }

    [Fact]
    public void Reading_a_product_before_it_is_provided_fails_at_start_up()
    {
        var early = new Pipeline("P") { Transform = [new ReadAnswer()], Link = [new Provide42()] };
        var error = Assert.Throws<PipelineDefinitionException>(() => new PipelineEngine([early]));
        Assert.Contains("the provider runs later", error.Message);
    }

    [Fact]
    public void A_missing_service_fails_before_any_module_runs()
    {
        var engine = new PipelineEngine([new Pipeline("A") { Read = [new Emit("never")] }]);
        Assert.Equal([typeof(Trace)], engine.RequiredServices);
        var error = Assert.Throws<InvalidOperationException>(() => engine.Run(new BuildContext()));
        Assert.Contains("Trace", error.Message);
    }

    [Fact]
    public void Reading_an_undeclared_product_is_refused()
    {
        var engine = new PipelineEngine([new Pipeline("A") { Read = [new SneakyRead()] }]);
        var error = Assert.Throws<ModuleFailedException>(() => engine.Run(new BuildContext(new Trace([]))));
        Assert.Contains("without declaring IReads<Trace>", error.Message);
    }

    [Fact]
    public void An_unexpected_exception_names_pipeline_phase_module_and_document()
    {
        var documents = new Pipeline("Docs") { Read = [new Emit("a", 0), new EmitIds("a", "b")], Transform = [new Crash()] };
        var error = Assert.Throws<ModuleFailedException>(() => new PipelineEngine([documents]).Run(new BuildContext(new Trace([]))));
        Assert.Equal(("Docs", Phase.Transform, "Crash", "b"), (error.Pipeline, error.Phase, error.Module, error.DocumentId));
        Assert.Contains("pipeline Docs, phase Transform, module Crash, document b: InvalidOperationException: boom", error.Message);
    }

    [Fact]
    public void A_module_reads_the_documents_of_the_pipelines_it_depends_on()
    {
        var trace = new Trace([]);
        var a = new Pipeline("A") { Read = [new Emit("x", 2)] };
        var b = new Pipeline("B") { Read = [new Emit("y")] };
        var all = new Pipeline("All") { DependsOn = [a, b], Write = [new CollectDependencies()] };
        Assert.True(new PipelineEngine([all, b, a]).Run(new BuildContext(trace)).Succeeded);
        Assert.Equal("x-0000,x-0001,y-0000", trace.Log[^1]);
    }

    [Fact]
    public void A_cancelled_build_stops_between_modules()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var engine = new PipelineEngine([new Pipeline("A") { Read = [new Emit("never")] }]);
        var trace = new Trace([]);
        Assert.ThrowsAny<OperationCanceledException>(() => engine.Run(new BuildContext(trace) { Cancellation = cancel.Token }));
        Assert.Empty(trace.Log);
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
        Assert.Null(changed.Without<Trace>().Find<Trace>());
        Assert.NotNull(changed.Find<Trace>());
    }

    private sealed class EmitIds(params string[] ids) : IModule
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ModuleContext context) => [.. ids.Select(Document.Create)];
    }
}
