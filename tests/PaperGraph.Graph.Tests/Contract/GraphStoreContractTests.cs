using PaperGraph.Extraction.Model;
using PaperGraph.Graph.Model;
using PaperGraph.Graph.ReadModel;

namespace PaperGraph.Graph.Tests.Contract;

/// <summary>
/// The behaviour every graph store must have. Each store's test project derives from this
/// class and supplies a fresh, empty store; the same tests then run against SQLite and Neo4j.
/// </summary>
public abstract class GraphStoreContractTests : IAsyncLifetime
{
    private IGraphStore? store;

    protected IGraphStore Store => store ?? throw new InvalidOperationException("the store is not initialised");

    /// <summary>A new, empty store of the kind under test, not yet initialised.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    public async Task InitializeAsync()
    {
        store = await CreateStoreAsync();
        await store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (store is not null)
            await store.DisposeAsync();
    }

    [StoreFact]
    public async Task An_empty_store_loads_an_empty_graph()
    {
        var snapshot = await Store.LoadAsync();

        Assert.Empty(snapshot.Papers);
        Assert.Empty(snapshot.Relationships);
    }

    [StoreFact]
    public async Task Initialising_twice_keeps_the_data()
    {
        await Store.UpsertAsync([SampleFacts.LongIns()]);
        await Store.InitializeAsync();

        Assert.Single((await Store.LoadAsync()).Papers);
    }

    [StoreFact]
    public async Task A_written_paper_loads_back_with_its_nodes_relationships_and_evidence()
    {
        var fragment = SampleFacts.LongIns();

        var outcomes = await Store.UpsertAsync([fragment]);
        var snapshot = await Store.LoadAsync();

        Assert.Equal([UpsertOutcome.New], outcomes);
        var paper = Assert.Single(snapshot.Papers);
        Assert.Equal(fragment.Paper, paper with { Authors = fragment.Paper.Authors });
        Assert.Equal(fragment.Paper.Authors, paper.Authors);
        Assert.Equal(fragment.Entities.OrderBy(e => e.Id), snapshot.Entities.OrderBy(e => e.Id));
        Assert.Equal(fragment.Repos, snapshot.Repos);
        Assert.Equal(fragment.Results, snapshot.Results);
        Assert.Equal(fragment.ContextLengths.Select(c => (c.Text, c.Tokens, c.SubjectId, c.Evidence)), snapshot.ContextLengths.Select(c => (c.Text, c.Tokens, c.SubjectId, c.Evidence)));
        Assert.Equal(fragment.Relationships.Count, snapshot.Relationships.Count);
        foreach (var expected in fragment.Relationships)
        {
            var actual = Assert.Single(snapshot.Relationships, r => r.Id == expected.Id);
            Assert.Equal((expected.Type, expected.FromId, expected.ToId, expected.PaperId, expected.Evidence), (actual.Type, actual.FromId, actual.ToId, actual.PaperId, actual.Evidence));
            Assert.Equal(expected.Properties.ContextLengths, actual.Properties.ContextLengths);
            Assert.Equal(expected.Properties.Aliases, actual.Properties.Aliases);
            Assert.Equal((expected.Properties.WrittenName, expected.Properties.Params, expected.Properties.ContextWindow), (actual.Properties.WrittenName, actual.Properties.Params, actual.Properties.ContextWindow));
        }
    }

    [StoreFact]
    public async Task Writing_the_same_paper_again_changes_nothing()
    {
        await Store.UpsertAsync([SampleFacts.LongIns(), SampleFacts.ShortContext()]);
        var before = await Store.LoadAsync();

        var outcomes = await Store.UpsertAsync([SampleFacts.LongIns(), SampleFacts.ShortContext()]);
        var after = await Store.LoadAsync();

        Assert.Equal([UpsertOutcome.Unchanged, UpsertOutcome.Unchanged], outcomes);
        Assert.Equal(before.Papers.Select(p => p.Id), after.Papers.Select(p => p.Id));
        Assert.Equal(before.Relationships.Select(r => r.Id).Order(), after.Relationships.Select(r => r.Id).Order());
    }

    [StoreFact]
    public async Task A_paper_in_one_batch_twice_is_stored_once()
    {
        var outcomes = await Store.UpsertAsync([SampleFacts.LongIns(), SampleFacts.LongIns()]);

        Assert.Equal([UpsertOutcome.New, UpsertOutcome.Unchanged], outcomes);
        Assert.Single((await Store.LoadAsync()).Papers);
    }

    [StoreFact]
    public async Task A_changed_paper_has_its_facts_replaced_and_unnamed_entities_leave()
    {
        await Store.UpsertAsync([SampleFacts.LongIns()]);
        var changed = SampleFacts.LongIns("A rewritten abstract.") with { Entities = [], Relationships = [], Results = [], ContextLengths = [], Repos = [] };

        var outcomes = await Store.UpsertAsync([changed]);
        var snapshot = await Store.LoadAsync();

        Assert.Equal([UpsertOutcome.Updated], outcomes);
        Assert.Equal("A rewritten abstract.", Assert.Single(snapshot.Papers).Abstract);
        Assert.Empty(snapshot.Relationships);
        Assert.Empty(snapshot.Results);
        Assert.Empty(snapshot.ContextLengths);
        Assert.Empty(snapshot.Entities);
        Assert.Empty(snapshot.Repos);
    }

    [StoreFact]
    public async Task Papers_naming_the_same_entity_share_one_node()
    {
        await Store.UpsertAsync([SampleFacts.LongIns()]);
        await Store.UpsertAsync([SampleFacts.ShortContext()]);

        var snapshot = await Store.LoadAsync();

        Assert.Single(snapshot.Entities, e => e.Kind == EntityKind.Model && e.Name == "GPT-4");
        Assert.Equal(2, snapshot.Relationships.Count(r => r.Type == RelationshipType.MENTIONS && r.ToId == "model:gpt4"));
    }

    [StoreFact]
    public async Task A_failing_batch_leaves_nothing_of_itself_behind()
    {
        await Store.UpsertAsync([SampleFacts.LongIns()]);
        var good = SampleFacts.ShortContext();
        var broken = good with
        {
            Paper = good.Paper with { Id = "paper:broken" },
            Relationships = [.. good.Relationships.Select(r => r with { Id = r.Id + "-broken", PaperId = "paper:does-not-exist" })],
        };

        await Assert.ThrowsAsync<StoreException>(() => Store.UpsertAsync([good, broken]));
        var snapshot = await Store.LoadAsync();

        Assert.Equal([SampleFacts.LongIns().Paper.Id], snapshot.Papers.Select(p => p.Id));
    }

    [StoreFact]
    public async Task The_read_model_over_the_store_answers_the_long_context_question()
    {
        await Store.UpsertAsync([SampleFacts.LongIns(), SampleFacts.ShortContext()]);

        var graph = GraphReadModel.Build(await Store.LoadAsync());
        var answer = graph.BenchmarksEvaluating("gpt4", 128_000);

        Assert.Equal(["LongIns"], answer.Select(a => a.Benchmark.Name));
        Assert.Equal(SampleFacts.LongInsSentence, answer[0].Evaluations[0].Evidence.Sentence);
    }
}
