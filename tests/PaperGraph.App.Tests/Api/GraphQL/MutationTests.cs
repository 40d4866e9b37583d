using System.Net;
using System.Text.Json;

namespace PaperGraph.App.Tests.Api.GraphQL;

/// <summary>A server over an empty store, written to only through the mutations.</summary>
public sealed class EmptyGraphQLServer : GraphQLServer
{
    protected override bool Seed => false;
}

/// <summary>Curation over GraphQL: the key, validation, and each write.</summary>
public sealed class MutationTests(EmptyGraphQLServer server) : IClassFixture<EmptyGraphQLServer>
{
    private const string Ingest = """
        mutation ($abstracts: [AbstractInput!]!) { ingest(abstracts: $abstracts) {
          added updated unchanged papers { id title evaluations { id contextLengths } results { id value } mentions { id writtenName entity { id name } } } } }
        """;

    private static object Abstract(string title, string text) => new { title, @abstract = text };

    private Task<GraphQLResponse> IngestAsync(string title, string text, string? key = GraphQLServer.ApiKey) =>
        server.PostAsync(Ingest, new { abstracts = new[] { Abstract(title, text) } }, key);

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Without_the_key_a_write_is_unauthenticated_and_changes_nothing(string? key)
    {
        var response = await IngestAsync("Unauthorised paper", "We evaluate GPT-4 on MMLU.", key);
        var papers = await server.PostAsync("""{ papers(where: { title: { eq: "Unauthorised paper" } }) { totalCount } }""");

        Assert.Equal("UNAUTHENTICATED", Assert.Single(response.Errors).GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data.ValueKind);
        Assert.Equal(["0"], papers.Strings("papers.totalCount"));
    }

    [Fact]
    public async Task Ingest_extracts_stores_and_answers_with_the_new_papers_and_says_unchanged_the_second_time()
    {
        const string text = "We evaluate GPT-4 and Llama-2-7B on LongBench at 32K tokens, where GPT-4 reaches 61.7% accuracy.";

        var first = await IngestAsync("Mutation ingest study", text);
        var again = await IngestAsync("Mutation ingest study", text);

        Assert.Empty(first.Errors);
        Assert.Equal(["1", "0", "0"], [.. first.Strings("ingest.added"), .. first.Strings("ingest.updated"), .. first.Strings("ingest.unchanged")]);
        Assert.Contains("GPT-4", first.Strings("ingest.papers.mentions.entity.name"));
        Assert.Equal(["1"], again.Strings("ingest.unchanged"));
        var found = await server.PostAsync("""{ models(where: { named: "gpt4" }) { nodes { name } } }""");
        Assert.Equal(["GPT-4"], found.Strings("models.nodes.name"));
    }

    [Fact]
    public async Task Every_invalid_field_is_its_own_error_with_its_path_and_nothing_is_written()
    {
        var response = await server.PostAsync(Ingest, new
        {
            abstracts = new object[] { Abstract("Fine title", "Fine abstract."), new { title = " ", @abstract = "", url = "ftp://x" } },
        }, GraphQLServer.ApiKey);

        var fields = response.Errors.Select(e => e.GetProperty("extensions").GetProperty("field").GetString()).ToList();
        Assert.Equal(["abstracts[1].title", "abstracts[1].abstract", "abstracts[1].url"], fields);
        Assert.All(response.Errors, e => Assert.Equal("BAD_USER_INPUT", e.GetProperty("extensions").GetProperty("code").GetString()));
        var papers = await server.PostAsync("""{ papers(where: { title: { eq: "Fine title" } }) { totalCount } }""");
        Assert.Equal(["0"], papers.Strings("papers.totalCount"));
    }

    [Fact]
    public async Task Verify_and_correct_change_the_fact_and_the_graph_answers_with_the_change()
    {
        var ingest = await IngestAsync("Curation study", "We evaluate GPT-4 on RULER at 64K tokens and report 80.2% accuracy on RULER for GPT-4.");
        var evaluation = ingest.Strings("ingest.papers.evaluations.id").First();

        var verify = await server.PostAsync("mutation ($id: ID!) { verifyFact(id: $id) { id verified } }", new { id = evaluation }, GraphQLServer.ApiKey);
        var correct = await server.PostAsync("""
            mutation ($id: ID!) { correctFact(input: { id: $id, contextLengths: ["128K", 65536] }) { verified node { ... on Evaluation { contextLength contextLengths } } } }
            """, new { id = evaluation }, GraphQLServer.ApiKey);

        Assert.Equal(["True"], verify.Strings("verifyFact.verified"));
        Assert.Empty(correct.Errors);
        Assert.Equal(["65536", "128000"], correct.Strings("correctFact.node.contextLengths"));
        Assert.Equal(["128000"], correct.Strings("correctFact.node.contextLength"));
    }

    [Fact]
    public async Task A_correction_that_does_not_fit_the_fact_names_the_field()
    {
        var ingest = await IngestAsync("Mismatch study", "We evaluate GPT-4 on HotpotQA.");
        var evaluation = ingest.Strings("ingest.papers.evaluations.id").First();

        var response = await server.PostAsync("mutation ($id: ID!) { correctFact(input: { id: $id, value: 3.5 }) { id } }", new { id = evaluation }, GraphQLServer.ApiKey);
        var unknown = await server.PostAsync("""mutation { verifyFact(id: "evaluation:none") { id } }""", null, GraphQLServer.ApiKey);

        Assert.Equal("input.id", Assert.Single(response.Errors).GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal("NOT_FOUND", Assert.Single(unknown.Errors).GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Merging_entities_moves_their_facts_and_their_names_become_aliases()
    {
        var ingest = await IngestAsync("Merge study", "We compare Qwen-Max and QwenMaxChat on GSM8K.");
        var ids = ingest.Strings("ingest.papers.mentions.entity.id").Where(id => id.StartsWith("model:", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(ids.Count >= 2, "the extractor should find both model names: " + string.Join(", ", ids));

        var merge = await server.PostAsync("""
            mutation ($keep: ID!, $remove: [ID!]!) { mergeEntities(keep: $keep, remove: $remove) { movedFacts entity { id name aliases } } }
            """, new { keep = ids[0], remove = ids.Skip(1).ToArray() }, GraphQLServer.ApiKey);

        Assert.Empty(merge.Errors);
        Assert.Equal([ids[0]], merge.Strings("mergeEntities.entity.id"));
        Assert.NotEmpty(merge.Strings("mergeEntities.entity.aliases"));
        var gone = await server.PostAsync("query ($id: ID!) { node(id: $id) { id } }", new { id = ids[1] });
        Assert.Equal([ids[0]], gone.Strings("node.id"));
    }
}
