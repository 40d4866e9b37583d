namespace PaperGraph.Extraction.Tests.Rules;

public sealed class ResultRuleTests
{
    [Fact]
    public void Respectively_pairs_numbers_and_benchmarks_in_order()
    {
        var paper = Extract.Paper("Reasoning", "Experiments show gains of 4.2 and 6.1 EM on the long versions of TriviaQA and NarrativeQA datasets, respectively.");

        Assert.Equal(("TriviaQA", 4.2), paper.Results.Select(r => (r.Benchmark, r.Value)).First());
        Assert.Contains(paper.Results, r => r.Benchmark == "NarrativeQA" && r.Value == 6.1);
    }

    [Fact]
    public void A_number_belongs_to_the_benchmark_of_its_own_clause()
    {
        var paper = Extract.Paper("Retrieval", "We reach 12.5 in Recall@K on the HotpotQA dataset and 18.0 in Recall@K on MMLU.");

        Assert.Contains(paper.Results, r => r.Value == 12.5 && r.Benchmark == "HotpotQA");
        Assert.Contains(paper.Results, r => r.Value == 18.0 && r.Benchmark == "MMLU");
    }

    [Fact]
    public void An_arrow_range_after_a_benchmark_stays_with_it()
    {
        var paper = Extract.Paper("Scores", "Results improve (TriviaQA 41.2 rightarrow 44.0 acc., HotpotQA 30.1 rightarrow 35.5 F1).");

        Assert.Contains(paper.Results, r => r.Value == 44.0 && r.Benchmark == "TriviaQA");
        Assert.Contains(paper.Results, r => r.Value == 30.1 && r.Benchmark == "HotpotQA");
    }

    [Fact]
    public void Sparsity_settings_and_device_counts_are_not_results()
    {
        var paper = Extract.Paper("Pruning", "Pruned models at 50% sparsity keep quality, and training runs on one 8x H100 node.");

        Assert.Empty(paper.Results);
    }
}
