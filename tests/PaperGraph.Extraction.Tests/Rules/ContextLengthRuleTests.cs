namespace PaperGraph.Extraction.Tests.Rules;

public sealed class ContextLengthRuleTests
{
    [Fact]
    public void The_start_of_a_range_takes_the_unit_written_after_its_end()
    {
        var paper = Extract.Paper("Scaling study", "We train models ranging from 125M to 7B parameters and write outputs from 1k to 16k words.");

        Assert.Empty(paper.Lengths());
    }

    [Fact]
    public void A_range_of_tokens_gives_both_ends()
    {
        var paper = Extract.Paper("Window study", "We stretch the window of the model from 8K to 256K tokens.");

        Assert.Equal([8000L, 256000L], paper.Lengths());
    }

    [Fact]
    public void A_size_inside_a_model_name_is_no_range()
    {
        var paper = Extract.Paper("Comparison", "We compare our system with GPT-4-128K on long inputs.");

        Assert.Equal([128000L], paper.Lengths());
    }

    [Fact]
    public void Throughput_money_and_vocabulary_sizes_are_not_lengths()
    {
        var paper = Extract.Paper("Efficiency", "Our kernel decodes 2,000 tokens/second. The run fit a budget of 50K. We grow the vocabulary size from 32K to 64K entries.");

        Assert.Empty(paper.Lengths());
    }

    [Fact]
    public void Counts_of_other_things_after_a_context_word_are_not_lengths()
    {
        var paper = Extract.Paper("Data", "We gather 5k long context question-answer pairs for training.");

        Assert.Empty(paper.Lengths());
    }

    [Fact]
    public void A_sentence_counting_in_words_gives_its_bare_values_in_words()
    {
        var paper = Extract.Paper("Levels", "The suite has four levels (8k, 16k, 32k and 64k) that reach up to 64k words.");

        Assert.Empty(paper.Lengths());
    }

    [Fact]
    public void A_power_of_two_ending_a_sentence_about_lengths_is_a_length()
    {
        var paper = Extract.Paper("Cost", "Attention at a context length of 4096 costs four times as much as that of 1024.");

        Assert.Equal([1024L, 4096L], paper.Lengths());
    }

    [Fact]
    public void A_models_stated_window_comes_from_a_possessive_range_and_from_context_lengths_of()
    {
        var paper = Extract.Paper(
            "Windows",
            "Our method stretches Llama-2-7B's context length by a large factor (from 4K to 200K). Two sizes of Qwen2-72B are released, trained on web text, and reaching context lengths of more than 30,000 tokens.");

        Assert.Equal(4000, paper.Entity("Llama-2-7B").ContextWindow);
        Assert.Equal(30000, paper.Entity("Qwen2-72B").ContextWindow);
    }

    [Fact]
    public void A_range_a_model_is_applied_over_is_not_its_window()
    {
        var paper = Extract.Paper("Extension", "When applied to Mistral-7B from 64K to 256K context lengths, the method keeps short-context skills.");

        Assert.Null(paper.Entity("Mistral-7B").ContextWindow);
        Assert.Equal([64000L, 256000L], paper.Lengths());
    }

    [Theory]
    [InlineData("OPT-125M", 125_000_000L)]
    [InlineData("Pythia-410M", 410_000_000L)]
    [InlineData("GPT-2 355M", 355_000_000L)]
    [InlineData("TinyNet-33M", 33_000_000L)]
    public void A_size_in_millions_after_a_model_name_counts_parameters(string name, long parameters)
    {
        var paper = Extract.Paper("Small models", $"We fine-tune {name} on short stories and report perplexity.");

        var model = paper.Entity(name);
        Assert.Equal(parameters, model.Params);
        Assert.Null(model.ContextWindow);
        Assert.Empty(paper.Lengths());
    }

    [Fact]
    public void A_size_in_millions_with_a_context_cue_is_still_a_length()
    {
        var paper = Extract.Paper("Long inputs", "We extend OPT-125M to a 1M context window.");

        Assert.Equal([1_000_000L], paper.Lengths());
        Assert.Equal(125_000_000L, paper.Entity("OPT-125M").Params);
    }

    [Fact]
    public void A_single_million_in_a_model_name_is_its_context_window()
    {
        var paper = Extract.Paper("Long inputs", "We compare with Qwen2.5-1M on book summaries.");

        Assert.Equal(1_000_000L, paper.Entity("Qwen2.5-1M").ContextWindow);
        Assert.Null(paper.Entity("Qwen2.5-1M").Params);
    }

    [Fact]
    public void A_magnitude_with_a_thousands_separator_is_one_length()
    {
        var paper = Extract.Paper("Long", "Even when the sequence length is scaled to 1,024K, the memory still captures long-distance dependencies.");

        Assert.Equal([1_024_000L], paper.Lengths());
    }

    [Fact]
    public void A_counted_noun_that_modifies_a_length_word_counts_nothing()
    {
        var paper = Extract.Paper("Long", "We extend the model to 128k tokens using a 2k training context window.");

        Assert.Equal([2_000L, 128_000L], paper.Lengths());
    }

    [Fact]
    public void A_range_ending_in_billions_counts_parameters()
    {
        var paper = Extract.Paper("Quantization", "We study two model families with parameters ranging from 125M to 176B.");

        Assert.Empty(paper.Lengths());
    }

    [Fact]
    public void A_magnitude_word_after_length_of_is_a_length()
    {
        var paper = Extract.Paper("Cache", "Our method serves the model with a context length of up to 1 million on a single GPU.");

        Assert.Equal([1_000_000L], paper.Lengths());
    }
}
