using System.Net;

namespace PaperGraph.App.Tests.Api.GraphQL;

/// <summary>The questions README answers, end to end over HTTP on the sample corpus.</summary>
[Collection(SampleServerCollection.Name)]
public sealed class QuestionTests(GraphQLServer server)
{
    public const string Question1 = """{ benchmarks(where: { evaluations: { some: { model: { named: "GPT-4" }, contextLength: { gte: "128K" } } } }) { nodes { name } } }""";

    [Fact]
    public async Task Question_1_benchmarks_evaluating_gpt4_at_128k_or_more_is_exactly_the_contract_query()
    {
        var response = await server.PostAsync(Question1);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        var names = response.Strings("benchmarks.nodes.name");
        Assert.Contains("LongIns", names);
        Assert.DoesNotContain("AG News", names);
        Assert.DoesNotContain("WNLI", names);
    }

    [Fact]
    public async Task Question_1_with_the_paper_and_evidence_of_each_qualifying_evaluation()
    {
        var response = await server.PostAsync("""
            query ($model: String!, $min: TokenCount!) {
              benchmarks(where: { evaluations: { some: { model: { named: $model }, contextLength: { gte: $min } } } }) {
                nodes { name evaluations(where: { model: { named: $model }, contextLength: { gte: $min } }) {
                  nodes { model { name } contextLength paper { title } evidence { sentence text } } } }
              }
            }
            """, new { model = "gpt4", min = "128K" });

        Assert.Empty(response.Errors);
        Assert.Contains("128000", response.Strings("benchmarks.nodes.evaluations.nodes.contextLength"));
        Assert.Contains(response.Strings("benchmarks.nodes.evaluations.nodes.paper.title"), t => t.StartsWith("LongIns", StringComparison.Ordinal));
        Assert.All(response.Strings("benchmarks.nodes.evaluations.nodes.evidence.sentence"), s => Assert.Contains("GPT-4", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Question_2_models_evaluated_on_a_benchmark_sorted_by_parameter_count()
    {
        var response = await server.PostAsync("""
            { models(where: { evaluations: { some: { benchmark: { named: "GSM8K" } } } }, order: [{ parameters: DESC }, { name: ASC }]) {
                totalCount nodes { name parameters } } }
            """);

        Assert.Empty(response.Errors);
        var parameters = response.Strings("models.nodes.parameters").Select(p => p.Length == 0 ? (long?)null : long.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(parameters);
        Assert.Equal(parameters.OrderDescending(), parameters);
    }

    [Fact]
    public async Task Question_3_papers_that_introduce_a_benchmark_and_link_a_repository()
    {
        var response = await server.PostAsync("""
            { papers(where: { introduces: { some: { kind: { eq: BENCHMARK } } }, repos: { any: true } }) {
                nodes { title introduces { name kind } repos { repo { name url } } } } }
            """);

        Assert.Empty(response.Errors);
        Assert.Contains("CNNSum", response.Strings("papers.nodes.introduces.name"));
        Assert.All(response.Data.GetProperty("papers").GetProperty("nodes").EnumerateArray(), paper =>
        {
            Assert.NotEqual(0, paper.GetProperty("repos").GetArrayLength());
            Assert.Contains(paper.GetProperty("introduces").EnumerateArray(), e => e.GetProperty("kind").GetString() == "BENCHMARK");
        });
    }

    [Fact]
    public async Task Question_4_every_result_for_a_benchmark_across_models_and_papers()
    {
        var response = await server.PostAsync("""
            { benchmark(name: "gsm8k") { name results(order: [{ value: DESC }]) { totalCount nodes { value unit metric model { name } paper { title } } } } }
            """);

        Assert.Empty(response.Errors);
        Assert.Equal(["GSM8K"], response.Strings("benchmark.name"));
        var values = response.Strings("benchmark.results.nodes.value").Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(values);
        Assert.Equal(values.OrderDescending(), values);
    }

    [Fact]
    public async Task Question_5_the_sentence_any_fact_came_from()
    {
        var response = await server.PostAsync("""
            { paper(idOrTitle: "LongIns: A Challenging Long-context Instruction-based Exam for LLMs") {
                mentions { writtenName evidence { field sentence text start end rule } }
                evaluations { evidence { sentence } } results { evidence { sentence } } contextLengths { tokens text evidence { sentence text } } } }
            """);

        Assert.Empty(response.Errors);
        var mentions = response.Data.GetProperty("paper").GetProperty("mentions").EnumerateArray().ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m =>
        {
            var evidence = m.GetProperty("evidence");
            Assert.Contains(evidence.GetProperty("text").GetString()!, evidence.GetProperty("sentence").GetString()!, StringComparison.Ordinal);
            Assert.True(evidence.GetProperty("end").GetInt32() > evidence.GetProperty("start").GetInt32());
            Assert.False(string.IsNullOrEmpty(evidence.GetProperty("rule").GetString()));
        });
        Assert.Contains("128000", response.Strings("paper.contextLengths.tokens"));
    }

    [Fact]
    public async Task A_node_is_found_again_by_its_global_id()
    {
        var first = await server.PostAsync("""{ models(first: 1, where: { named: "GPT-4" }) { nodes { id name } } }""");
        var id = first.Strings("models.nodes.id").Single();

        var again = await server.PostAsync("query ($id: ID!) { node(id: $id) { __typename id ... on Model { name } } }", new { id });

        Assert.Equal(["Model"], again.Strings("node.__typename"));
        Assert.Equal(["GPT-4"], again.Strings("node.name"));
    }

    [Fact]
    public async Task Search_ranks_an_entity_named_by_the_words_first_and_snippets_the_match()
    {
        var response = await server.PostAsync("""{ search(text: "needle haystack", first: 5) { totalCount nodes { score matchedIn snippet node { __typename } } } }""");

        Assert.Empty(response.Errors);
        var scores = response.Strings("search.nodes.score").Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(scores);
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(response.Strings("search.nodes.snippet"), s => Assert.Contains("aystack", s, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_comparison_table_keeps_every_result_of_a_cell()
    {
        var response = await server.PostAsync("""
            { comparisonTable(benchmarks: ["GSM8K"]) { models { name } benchmarks { name } rows { model { name } cells { benchmark { name } results { value paper { title } evidence { sentence } } } } } }
            """);

        Assert.Empty(response.Errors);
        Assert.Equal(["GSM8K"], response.Strings("comparisonTable.benchmarks.name"));
        Assert.Equal(response.Strings("comparisonTable.models.name"), response.Strings("comparisonTable.rows.model.name"));
        Assert.NotEmpty(response.Strings("comparisonTable.rows.cells.results.value"));
    }

    [Fact]
    public async Task An_unknown_name_in_a_table_is_a_not_found_error_naming_it()
    {
        var response = await server.PostAsync("""{ comparisonTable(models: ["NoSuchModel-9000"]) { rows { model { name } } } }""");

        var error = Assert.Single(response.Errors);
        Assert.Contains("NoSuchModel-9000", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Connections_page_with_cursors_and_count_the_whole_list()
    {
        var page1 = await server.PostAsync("{ papers(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { title } } } }");
        var cursor = page1.Strings("papers.pageInfo.endCursor").Single();
        var page2 = await server.PostAsync("query ($after: String) { papers(first: 2, after: $after) { pageInfo { hasPreviousPage } nodes { title } } }", new { after = cursor });

        Assert.Equal(["161"], page1.Strings("papers.totalCount"));
        Assert.Equal(["True"], page1.Strings("papers.pageInfo.hasNextPage"));
        Assert.Equal(2, page2.Strings("papers.nodes.title").Count);
        Assert.Empty(page1.Strings("papers.edges.node.title").Intersect(page2.Strings("papers.nodes.title")));
    }

    [Theory]
    [InlineData("""{ models(where: { parameters: { gte: "7B" } }) { nodes { name } } }""", "Long")]
    [InlineData("""{ benchmarks(where: { evaluations: { some: { contextLength: { gte: "many" } } } }) { nodes { name } } }""", "TokenCount cannot represent \"many\"")]
    [InlineData("""{ papers(first: 1000) { nodes { title } } }""", "larger than the maximum of 100")]
    public async Task Bad_arguments_are_errors_saying_what_is_wrong(string query, string expected)
    {
        var response = await server.PostAsync(query);

        Assert.Contains(response.ErrorMessages, m => m.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(response.ErrorMessages, m => m.Contains("   at ", StringComparison.Ordinal));
    }
}
