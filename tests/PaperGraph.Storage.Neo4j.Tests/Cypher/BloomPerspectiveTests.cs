using System.Text.Json;

namespace PaperGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>The Bloom perspective covers the graph: a category per label, every relationship type, and the three search phrases.</summary>
public sealed class BloomPerspectiveTests
{
    private static readonly JsonElement Perspective = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Cypher, "bloom", "papergraph.perspective.json"))).RootElement;

    [Fact]
    public void Every_node_label_has_a_category_with_a_caption_a_colour_and_a_size()
    {
        var categories = Perspective.GetProperty("categories").EnumerateArray().ToList();

        Assert.Equal(["Paper", "Model", "Benchmark", "Dataset", "Method", "Repo", "Result", "ContextLength"], categories.Select(c => c.GetProperty("labels")[0].GetString()));
        Assert.All(categories, c =>
        {
            Assert.Matches("^#[0-9A-F]{6}$", c.GetProperty("color").GetString());
            Assert.InRange(c.GetProperty("size").GetInt32(), 1, 3);
            var caption = c.GetProperty("captionKeys")[0].GetString();
            Assert.Contains(c.GetProperty("properties").EnumerateArray(), p => p.GetProperty("name").GetString() == caption);
        });
    }

    [Fact]
    public void Every_relationship_type_the_store_writes_is_listed()
    {
        var types = Perspective.GetProperty("relationshipTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();

        Assert.Equal([.. Enum.GetNames<PaperGraph.Graph.Model.RelationshipType>(), "STATES"], types);
    }

    [Fact]
    public void The_search_phrases_are_the_three_questions_with_their_parameters_in_the_cypher()
    {
        var templates = Perspective.GetProperty("templates").EnumerateArray().ToList();

        Assert.Equal(
            ["benchmarks evaluating $model at least $tokens tokens", "results of $model on $benchmark", "papers introducing $benchmark"],
            templates.Select(t => t.GetProperty("text").GetString()));
        Assert.All(templates, t =>
        {
            var cypher = t.GetProperty("cypher").GetString()!;
            foreach (var parameter in t.GetProperty("params").EnumerateArray().Select(p => p.GetProperty("name").GetString()!))
            {
                Assert.Contains(parameter, t.GetProperty("text").GetString(), StringComparison.Ordinal);
                Assert.Contains(parameter, cypher, StringComparison.Ordinal);
            }
        });
    }
}
