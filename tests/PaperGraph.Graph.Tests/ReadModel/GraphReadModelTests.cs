using PaperGraph.Extraction.Model;
using PaperGraph.Graph.Model;
using PaperGraph.Graph.ReadModel;

namespace PaperGraph.Graph.Tests.ReadModel;

public class GraphReadModelTests
{
    private readonly GraphReadModel graph = SampleFacts.Graph(SampleFacts.LongIns(), SampleFacts.ShortContext());

    [Theory]
    [InlineData("GPT-4")]
    [InlineData("gpt4")]
    [InlineData("GPT 4")]
    public void Names_resolve_whatever_the_spelling(string name) =>
        Assert.Equal("model:gpt4", Assert.Single(graph.Resolve(name, EntityKind.Model)).Id);

    [Fact]
    public void Sized_variants_resolve_across_hyphenation() =>
        Assert.Equal("LLaMA2-7B", Assert.Single(graph.Resolve("LLaMA-2-7B")).Name);

    [Fact]
    public void The_long_context_question_keeps_only_evaluations_at_or_above_the_length()
    {
        Assert.Equal(["LongIns"], graph.BenchmarksEvaluating("GPT-4", 128_000).Select(b => b.Benchmark.Name));
        Assert.Empty(graph.BenchmarksEvaluating("GPT-4", 128_001));
        Assert.Equal(["AG News", "LongIns", "WNLI"], graph.BenchmarksEvaluating("GPT-4").Select(b => b.Benchmark.Name));
    }

    [Fact]
    public void An_evaluation_context_length_is_the_largest_of_its_lengths()
    {
        var evaluation = Assert.Single(graph.BenchmarksEvaluating("GPT-4", 16_000)).Evaluations.Single();

        Assert.Equal(128_000, evaluation.ContextLength);
        Assert.Equal([16_000L, 128_000L], evaluation.ContextLengths);
        Assert.Equal(SampleFacts.LongInsTitle, evaluation.Paper.Title);
    }

    [Fact]
    public void Models_on_a_benchmark_come_with_their_stated_sizes()
    {
        var models = graph.ModelsEvaluatedOn("wnli");

        Assert.Equal(["GPT-4", "LLaMA2-7B"], models.Select(m => m.Model.Name));
        Assert.Equal(7_000_000_000, models[1].Model.Params);
        Assert.Equal(128_000, models[0].Model.ContextWindow);
    }

    [Fact]
    public void Entities_merge_over_papers_and_keep_each_paper_mention()
    {
        var gpt4 = (EntityNode)graph.FindById("model:gpt4")!;

        Assert.Equal(2, gpt4.Mentions.Count);
        Assert.Equal(["GPT4"], gpt4.Aliases);
        Assert.Equal(3, gpt4.Evaluations.Count);
    }

    [Fact]
    public void Introductions_results_repos_and_lengths_link_to_their_paper()
    {
        var paper = graph.FindPaper("longins a challenging long-context instruction-based exam for llms")!;

        Assert.Same(paper, graph.FindPaper("2406.17588"));
        Assert.Equal(["LongIns"], paper.Introduces.Select(e => e.Name));
        Assert.Equal("example/LongIns", Assert.Single(paper.Repos).Repo.Name);
        var result = Assert.Single(paper.Results);
        Assert.Equal((61.7, "GPT-4", "LongIns"), (result.Value, result.Model!.Name, result.Benchmark!.Name));
        Assert.Equal(["GPT-4", "LongIns"], paper.ContextLengths.Select(c => c.Subject!.Name));
        Assert.Same(result, graph.FindById(result.Id));
    }
}
