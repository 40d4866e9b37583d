using PaperGraph.Graph;
using PaperGraph.Graph.Model;
using PaperGraph.Graph.ReadModel;
using PaperGraph.Graph.Tests;

namespace PaperGraph.Storage.Sqlite.Tests;

public sealed class SqliteCurationTests : IAsyncLifetime
{
    private readonly SqliteGraphStore store = new(":memory:");

    public async Task InitializeAsync()
    {
        await store.InitializeAsync();
        await store.UpsertAsync([SampleFacts.LongIns(), SampleFacts.ShortContext()]);
    }

    public Task DisposeAsync() => store.DisposeAsync().AsTask();

    private async Task<GraphReadModel> GraphAsync() => GraphReadModel.Build(await store.LoadAsync());

    private static Evaluation LongInsEvaluation(GraphReadModel graph) => graph.Evaluations.Single(e => e.Benchmark.Name == "LongIns");

    [Fact]
    public async Task A_verified_evaluation_survives_a_changed_abstract_and_an_unverified_one_does_not()
    {
        var graph = await GraphAsync();
        var evaluation = LongInsEvaluation(graph);

        Assert.True(await store.VerifyFactAsync(evaluation.Id, verified: true));
        await store.UpsertAsync([SampleFacts.LongIns("A rewritten abstract. " + SampleFacts.LongInsSentence)]);

        var after = LongInsEvaluation(await GraphAsync());
        Assert.Equal(evaluation.Id, after.Id);
        Assert.True(after.Verified);
        // The store keeps sentences as spans of the text; the verified fact keeps the one it was verified by.
        Assert.Equal(SampleFacts.LongInsSentence, after.Evidence.Sentence);
        Assert.False(await store.VerifyFactAsync("evaluation:none", verified: true));
    }

    [Fact]
    public async Task Correcting_an_evaluation_replaces_its_lengths_and_verifies_it()
    {
        var evaluation = LongInsEvaluation(await GraphAsync());

        Assert.True(await store.CorrectFactAsync(new FactCorrection(evaluation.Id) { ContextLengths = [200_000, 16_000, 16_000] }));

        var after = LongInsEvaluation(await GraphAsync());
        Assert.Equal([16_000L, 200_000L], after.ContextLengths);
        Assert.True(after.Verified);
    }

    [Fact]
    public async Task Correcting_a_result_changes_only_the_fields_given_and_verifies_it()
    {
        var result = (await GraphAsync()).Results.Single();

        Assert.True(await store.CorrectFactAsync(new FactCorrection(result.Id) { Value = 62.5 }));

        var after = (await GraphAsync()).Results.Single();
        Assert.Equal((62.5, "%", "accuracy", true), (after.Value, after.Unit, after.Metric, after.Verified));
    }

    [Fact]
    public async Task A_correction_that_does_not_fit_the_fact_is_refused_and_changes_nothing()
    {
        var graph = await GraphAsync();
        var evaluation = LongInsEvaluation(graph);

        var error = await Assert.ThrowsAsync<CurationException>(() => store.CorrectFactAsync(new FactCorrection(evaluation.Id) { Value = 1 }));
        Assert.Equal("id", error.Field);
        Assert.Contains("only its contextLengths", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<CurationException>(() => store.CorrectFactAsync(new FactCorrection(graph.Results.Single().Id) { ContextLengths = [1] }));

        Assert.Equal(evaluation.ContextLengths, LongInsEvaluation(await GraphAsync()).ContextLengths);
        Assert.False(await store.CorrectFactAsync(new FactCorrection("result:none") { Value = 1 }));
    }

    [Fact]
    public async Task Merged_entities_answer_as_one_now_and_for_papers_ingested_later()
    {
        var graph = await GraphAsync();
        var keep = graph.Resolve("GPT-4").Single();
        var remove = graph.Resolve("LLaMA2-7B").Single();

        var moved = await store.MergeEntitiesAsync(keep.Id, [remove.Id]);
        await store.UpsertAsync([SampleFacts.Reports("A later paper", "LLaMA2-7B", "MMLU", 45.3)]);

        var after = await GraphAsync();
        var merged = after.Resolve("llama2 7b").Single();
        Assert.Equal(keep.Id, merged.Id);
        Assert.Same(merged, after.FindById(remove.Id));
        Assert.Contains("LLaMA2-7B", merged.Aliases);
        Assert.DoesNotContain(after.EntitiesOf(Extraction.Model.EntityKind.Model), e => e.Id == remove.Id);
        Assert.Contains(merged.Evaluations, e => e.Benchmark.Name == "MMLU");
        Assert.True(moved >= keep.Mentions.Count + remove.Mentions.Count);
    }

    [Fact]
    public async Task A_merge_naming_unknown_or_kept_ids_is_refused_with_the_field()
    {
        var keep = (await GraphAsync()).Resolve("GPT-4").Single();

        Assert.Equal("keep", (await Assert.ThrowsAsync<CurationException>(() => store.MergeEntitiesAsync("model:none", [keep.Id]))).Field);
        Assert.Equal("remove[1]", (await Assert.ThrowsAsync<CurationException>(() => store.MergeEntitiesAsync(keep.Id, ["benchmark:wnli", keep.Id]))).Field);
        Assert.Equal("remove", (await Assert.ThrowsAsync<CurationException>(() => store.MergeEntitiesAsync(keep.Id, []))).Field);
        Assert.Empty((await store.LoadAsync()).Merges);
    }
}
