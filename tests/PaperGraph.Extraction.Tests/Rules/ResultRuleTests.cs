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
        var paper = Extract.Paper("Pruning", "Pruned models at 50% sparsity keep quality with only 0.01% of trainable parameters, and training runs on one 8x H100 node.");

        Assert.Empty(paper.Results);
    }

    [Fact]
    public void A_list_of_numbers_shares_the_metric_written_before_its_score_word()
    {
        var paper = Extract.Paper("Translation", "The tuned model reaches average BLEU scores of 21.4, 23.9, and 19.2 across directions.");

        Assert.Equal([19.2, 21.4, 23.9], paper.Results.Select(r => r.Value).Order());
        Assert.All(paper.Results, r => Assert.Equal("BLEU", r.Metric));
    }

    [Fact]
    public void Numbers_listed_before_respectively_pair_with_the_benchmarks_after_it_in_turn()
    {
        var paper = Extract.Paper("Translation", "We obtain BLEU scores of 21.4 and 23.9 and chrF scores of 40.1 and 44.7, respectively, on FLORES-200 and WMT19 test sets.");

        Assert.Equal(
            [(21.4, "FLORES-200"), (23.9, "WMT19"), (40.1, "FLORES-200"), (44.7, "WMT19")],
            paper.Results.Select(r => (r.Value, r.Benchmark)));
    }

    [Theory]
    [InlineData("Decoding is 1.5-3.2x faster than the baseline.", new[] { 1.5, 3.2 }, "x")]
    [InlineData("Accuracy rises by 5.2%-21.8% over the baselines.", new[] { 5.2, 21.8 }, "%")]
    [InlineData("The cache gives a 5-fold reduction in memory.", new[] { 5.0 }, "x")]
    public void Ranges_and_folds_give_every_number_with_its_unit(string sentence, double[] values, string unit)
    {
        var paper = Extract.Paper("Speed", sentence);

        Assert.Equal(values, paper.Results.Select(r => r.Value).Order());
        Assert.All(paper.Results, r => Assert.Equal(unit, r.Unit));
    }

    [Fact]
    public void From_a_to_b_gives_both_scores_of_the_benchmark()
    {
        var paper = Extract.Paper("Vocabulary", "A larger vocabulary improves performance on PIQA from 61.2 to 64.8.");

        Assert.Equal([(61.2, "PIQA"), (64.8, "PIQA")], paper.Results.Select(r => (r.Value, r.Benchmark)));
    }

    [Fact]
    public void From_a_to_b_with_whole_numbers_and_no_metric_is_no_result()
    {
        var paper = Extract.Paper("Depth", "We grow the network from 12 to 24 layers while keeping the width.");

        Assert.Empty(paper.Results);
    }

    [Fact]
    public void A_gain_in_parentheses_belongs_to_the_benchmark_before_it()
    {
        var paper = Extract.Paper("Tables", "Our prompts help on WikiTQ(uparrow3.1%), FeTaQA(uparrow1.2%) and ToTTo(uparrow0.7%).");

        Assert.Equal([(3.1, "WikiTQ"), (1.2, "FeTaQA"), (0.7, "ToTTo")], paper.Results.Select(r => (r.Value, r.Benchmark)));
    }

    [Fact]
    public void A_signed_gain_before_a_benchmark_is_a_result_on_it()
    {
        var paper = Extract.Paper("Video", "Merging tokens keeps quality and even adds +4.6 on MLVU.");

        Assert.Equal([(4.6, "MLVU")], paper.Results.Select(r => (r.Value, r.Benchmark)));
    }

    [Fact]
    public void A_throughput_in_tokens_per_second_is_a_result()
    {
        var paper = Extract.Paper("Prefill", "The engine sustains 1,200 tokens/sec prefilling on a phone.");

        Assert.Equal([1200.0], paper.Results.Select(r => r.Value));
    }

    [Fact]
    public void A_percentage_after_a_sparsity_word_is_a_setting()
    {
        var paper = Extract.Paper("Pruning", "Pruned models fail at trivial sparsity ratios (e.g., 25-30%) on knowledge tasks.");

        Assert.Empty(paper.Results);
    }

    [Fact]
    public void In_a_paper_introducing_one_benchmark_an_unplaced_figure_is_measured_on_it()
    {
        var paper = Extract.Paper("QuizMark: College-level Reasoning", "We introduce QuizMark, a benchmark of college questions. Accuracy drops from 63.3% to 39.0% when rationales are required.");

        Assert.All(paper.Results, r => Assert.Equal("QuizMark", r.Benchmark));
        Assert.Equal(2, paper.Results.Count);
    }

    [Fact]
    public void A_title_figure_the_abstract_repeats_is_one_result()
    {
        var paper = Extract.Paper("Decoding 2.4x Faster with Draft Heads", "Draft heads make decoding 2.4x faster on phones.");

        Assert.Equal([2.4], paper.Results.Select(r => r.Value));
    }

    [Fact]
    public void A_difference_in_points_is_a_result()
    {
        var paper = Extract.Paper("Preferences", "Our objective outperforms DPO by up to 6.4 points on AlpacaEval 2.");

        Assert.Equal([6.4], paper.Results.Select(r => r.Value));
    }

    [Fact]
    public void Benchmarks_named_before_numbers_with_respectively_pair_in_order()
    {
        var paper = Extract.Paper("Reward models", "On ProcessBench and PRMBench, it surpasses strong baselines by 11.9 and 8.5 points in F1 scores, respectively.");

        Assert.Equal([(11.9, "ProcessBench"), (8.5, "PRMBench")], paper.Results.Select(r => (r.Value, r.Benchmark)));
    }

    [Fact]
    public void A_factor_of_fewer_training_tokens_is_a_setting()
    {
        var paper = Extract.Paper("Recurrences", "Our model matches the baseline despite being trained on over 6 times fewer tokens.");

        Assert.Empty(paper.Results);
    }
}
