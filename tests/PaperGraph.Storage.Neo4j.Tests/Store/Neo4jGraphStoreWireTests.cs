using PaperGraph.Extraction.Model;
using PaperGraph.Graph;
using PaperGraph.Graph.Model;
using PaperGraph.Graph.Tests;
using PaperGraph.Storage.Neo4j.Tests.Fakes;
using static PaperGraph.Storage.Neo4j.Tests.Fakes.FakeNeo4j;

namespace PaperGraph.Storage.Neo4j.Tests.Store;

/// <summary>What the store sends and how it reads the answers, against a fake Query API server.</summary>
public sealed class Neo4jGraphStoreWireTests
{
    private readonly FakeNeo4j server = new();

    [Fact]
    public async Task Initialising_runs_every_schema_statement_on_its_own()
    {
        await using var store = new Neo4jGraphStore(Options, server.Handler);

        await store.InitializeAsync();

        Assert.Equal(CypherResources.SchemaStatements(), server.Statements.Select(s => s.Text));
        Assert.All(server.Statements, s => Assert.Null(s.TransactionId));
        Assert.Contains(server.Statements, s => s.Text.StartsWith("CREATE FULLTEXT INDEX papergraph_search", StringComparison.Ordinal));
        Assert.Equal(9, server.Statements.Count(s => s.Text.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_new_paper_is_written_in_one_transaction_with_batched_rows_and_committed()
    {
        await using var store = new Neo4jGraphStore(Options, server.Handler);
        var fragment = SampleFacts.LongIns();

        var outcomes = await store.UpsertAsync([fragment]);

        Assert.Equal([UpsertOutcome.New], outcomes);
        Assert.Equal(
            ["write/paper_hashes", "write/papers_merge", "write/entities_merge", "write/repos_merge", "write/results_merge", "write/context_lengths_merge",
             "write/relationships_introduces_merge", "write/relationships_mentions_merge", "write/relationships_evaluated_on_merge", "write/relationships_reports_merge",
             "write/relationships_of_merge", "write/relationships_on_merge", "write/relationships_has_code_merge", "write/entity_aliases_refresh"],
            server.Statements.Select(s => s.Name).Where(n => n != "unknown").Distinct());
        Assert.Single(server.Statements.Select(s => s.TransactionId).Distinct());
        Assert.EndsWith("/commit", server.Handler.Requests[^1].Uri.AbsolutePath, StringComparison.Ordinal);

        var paper = Assert.Single(Rows("write/papers_merge"));
        Assert.Equal(fragment.Paper.Id, paper["id"]);
        Assert.Equal(fragment.ContentHash, paper["contentHash"]);
        Assert.Equal(new List<object?> { "S. Gavin" }, paper["authors"]);
        var evaluation = Assert.Single(Rows("write/relationships_evaluated_on_merge"));
        Assert.Equal(new List<object?> { 16_000L, 128_000L }, evaluation["contextLengths"]);
        Assert.Equal("Abstract", evaluation["evField"]);
        Assert.IsType<long>(evaluation["evStart"]);
        var result = Assert.Single(Rows("write/results_merge"));
        Assert.Equal(61.7, result["value"]);
    }

    [Fact]
    public async Task An_unchanged_paper_sends_no_writes()
    {
        var fragment = SampleFacts.LongIns();
        server.StoredHashes[fragment.Paper.Id] = fragment.ContentHash;
        await using var store = new Neo4jGraphStore(Options, server.Handler);

        var outcomes = await store.UpsertAsync([fragment]);

        Assert.Equal([UpsertOutcome.Unchanged], outcomes);
        Assert.Equal(["write/paper_hashes"], server.Statements.Select(s => s.Name));
    }

    [Fact]
    public async Task A_changed_paper_has_its_facts_deleted_before_the_writes_and_orphans_removed_after()
    {
        var fragment = SampleFacts.LongIns("A rewritten abstract.");
        server.StoredHashes[fragment.Paper.Id] = "an older hash";
        await using var store = new Neo4jGraphStore(Options, server.Handler);

        var outcomes = await store.UpsertAsync([fragment]);

        Assert.Equal([UpsertOutcome.Updated], outcomes);
        var names = server.Statements.Select(s => s.Name).ToList();
        Assert.Equal(
            ["write/facts_delete_evaluations", "write/facts_delete_result_links", "write/facts_delete_results", "write/facts_delete_paper_links", "write/facts_delete_context_lengths"],
            names.Where(n => n.StartsWith("write/facts_delete", StringComparison.Ordinal)));
        Assert.True(names.IndexOf("write/facts_delete_context_lengths") < names.IndexOf("write/papers_merge"));
        Assert.Equal("write/orphans_delete", names[^1]);
        Assert.Equal(new List<object?> { fragment.Paper.Id }, server.Statements.First(s => s.Name == "write/facts_delete_results").Parameters["paperIds"]);
    }

    [Fact]
    public async Task A_paper_twice_in_a_batch_is_written_once_in_its_last_form()
    {
        await using var store = new Neo4jGraphStore(Options, server.Handler);

        var outcomes = await store.UpsertAsync([SampleFacts.LongIns(), SampleFacts.LongIns("Changed."), SampleFacts.LongIns("Changed.")]);

        Assert.Equal([UpsertOutcome.New, UpsertOutcome.Updated, UpsertOutcome.Unchanged], outcomes);
        Assert.Equal("Changed.", Assert.Single(Rows("write/papers_merge"))["abstract"]);
        Assert.DoesNotContain(server.Statements, s => s.Name.StartsWith("write/facts_delete", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_row_that_names_a_missing_node_rolls_the_whole_batch_back()
    {
        server.Written = (name, rows) => name == "write/relationships_mentions_merge" ? rows - 1 : rows;
        await using var store = new Neo4jGraphStore(Options, server.Handler);

        var error = await Assert.ThrowsAsync<StoreException>(() => store.UpsertAsync([SampleFacts.LongIns()]));

        Assert.Contains("nothing of it is stored", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 of 2 MENTIONS relationships", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpMethod.Delete, server.Handler.Requests[^1].Method);
        Assert.DoesNotContain(server.Handler.Requests, r => r.Uri.AbsolutePath.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_large_batch_is_sent_in_bounded_requests_and_every_row_is_counted()
    {
        await using var store = new Neo4jGraphStore(Options, server.Handler);
        var fragments = Enumerable.Range(0, Neo4jGraphStore.RowsPerRequest + 5).Select(i => SampleFacts.Reports($"Paper {i}", "GPT-4", "MMLU", i)).ToList();

        var outcomes = await store.UpsertAsync(fragments);

        Assert.All(outcomes, o => Assert.Equal(UpsertOutcome.New, o));
        var paperRequests = server.Statements.Where(s => s.Name == "write/papers_merge").ToList();
        Assert.Equal([Neo4jGraphStore.RowsPerRequest, 5], paperRequests.Select(s => ((List<object?>)s.Parameters["rows"]!).Count));
        Assert.Single(Rows("write/entities_merge"), e => (string?)e["id"] == "model:gpt4");
    }

    [Fact]
    public async Task A_server_error_becomes_a_store_error_that_keeps_the_neo4j_error()
    {
        var handler = StubHandler.Always(System.Net.HttpStatusCode.Unauthorized, "");
        await using var store = new Neo4jGraphStore(Options, handler);

        var error = await Assert.ThrowsAsync<StoreException>(() => store.InitializeAsync());

        Assert.StartsWith("cannot open the Neo4j store: Neo4j at http://neo4j.test:7474 refused the credentials", error.Message, StringComparison.Ordinal);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", Assert.IsType<Neo4jException>(error.InnerException).Code);
    }

    [Fact]
    public async Task Loading_maps_every_read_field_into_the_snapshot()
    {
        const string sentence = "GPT-4 scores 61.7% on LongIns.";
        server.ReadRows["read/papers"] = [new()
        {
            ["id"] = Str("paper:arxiv:1"), ["title"] = Str("T"), ["abstract"] = Str(sentence), ["arxivId"] = Str("1"), ["url"] = Str(null),
            ["date"] = Str("2024-06-25"), ["authors"] = """{"$type":"List","_value":[{"$type":"String","_value":"A. B."}]}""", ["source"] = Str("a.txt:3"),
        }];
        server.ReadRows["read/entities"] = [new() { ["id"] = Str("model:gpt4"), ["kind"] = Str("Model"), ["name"] = Str("GPT-4") }];
        server.ReadRows["read/repos"] = [new() { ["id"] = Str("repo:a/b"), ["name"] = Str("a/b") }];
        var evidence = new Dictionary<string, string> { ["evField"] = Str("Abstract"), ["evStart"] = Int(0), ["evEnd"] = Int(5), ["evSentence"] = Str(sentence), ["evRule"] = Str("rule") };
        server.ReadRows["read/results"] = [new(evidence)
        {
            ["id"] = Str("result:1"), ["paperId"] = Str("paper:arxiv:1"), ["value"] = """{"$type":"Float","_value":"61.7"}""", ["unit"] = Str("%"), ["metric"] = Str(null), ["text"] = Str("61.7%"),
        }];
        server.ReadRows["read/context_lengths"] = [new(evidence) { ["paperId"] = Str("paper:arxiv:1"), ["text"] = Str("128k"), ["tokens"] = Int(128_000), ["subjectId"] = Str("model:gpt4") }];
        server.ReadRows["read/relationships"] = [new(evidence)
        {
            ["id"] = Str("rel:1"), ["type"] = Str("EVALUATED_ON"), ["fromId"] = Str("model:gpt4"), ["toId"] = Str("benchmark:longins"), ["paperId"] = Str("paper:arxiv:1"),
            ["verified"] = """{"$type":"Boolean","_value":true}""", ["writtenName"] = Str(null), ["aliases"] = """{"$type":"List","_value":[]}""",
            ["params"] = Int(7_000_000_000), ["contextWindow"] = Str(null), ["contextLengths"] = """{"$type":"List","_value":[{"$type":"Integer","_value":"128000"}]}""",
        }];
        await using var store = new Neo4jGraphStore(Options, server.Handler);

        var snapshot = await store.LoadAsync();

        var expectedEvidence = new Evidence(TextField.Abstract, 0, 5, sentence, "rule");
        Assert.Equal(new StoredPaper("paper:arxiv:1", "T", sentence, "1", null, "2024-06-25", snapshot.Papers[0].Authors, "a.txt:3"), snapshot.Papers[0]);
        Assert.Equal(["A. B."], snapshot.Papers[0].Authors);
        Assert.Equal([new StoredEntity("model:gpt4", EntityKind.Model, "GPT-4")], snapshot.Entities);
        Assert.Equal([new StoredRepo("repo:a/b", "a/b")], snapshot.Repos);
        Assert.Equal([new StoredResult("result:1", "paper:arxiv:1", 61.7, "%", null, "61.7%", expectedEvidence)], snapshot.Results);
        Assert.Equal([new StoredContextLength("paper:arxiv:1", "128k", 128_000, "model:gpt4", expectedEvidence)], snapshot.ContextLengths);
        var relationship = Assert.Single(snapshot.Relationships);
        Assert.Equal((RelationshipType.EVALUATED_ON, "model:gpt4", "benchmark:longins", true, 7_000_000_000L, (long?)null), (relationship.Type, relationship.FromId, relationship.ToId, relationship.Verified, relationship.Properties.Params, relationship.Properties.ContextWindow));
        Assert.Equal([128_000L], relationship.Properties.ContextLengths);
        Assert.Equal(expectedEvidence, relationship.Evidence);
        Assert.Single(server.Statements.Select(s => s.TransactionId).Distinct());
    }

    private List<IReadOnlyDictionary<string, object?>> Rows(string statement) =>
        [.. server.Statements.Where(s => s.Name == statement).SelectMany(s => ((List<object?>)s.Parameters["rows"]!).Cast<IReadOnlyDictionary<string, object?>>())];
}
