using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Tests.Rules;

/// <summary>Which kind a name gets: the text's own words about it outweigh the shape of the name.</summary>
public sealed class KindRuleTests
{
    [Fact]
    public void A_repeated_name_keeps_the_kind_its_definition_gives_it()
    {
        var paper = Extract.Paper(
            "TeachLLM: Iterative Data Enhancement",
            "We propose TeachLLM, a targeted and iterative data augmentation strategy. TeachLLM fine-tunes a student on seed data. "
            + "TeachLLM then collects the hard cases. TeachLLM finally asks a teacher for new examples, and TeachLLM repeats.");

        Assert.Equal(EntityKind.Method, paper.Entity("TeachLLM").Kind);
    }

    [Fact]
    public void The_sentence_that_introduces_a_name_outweighs_a_passing_description()
    {
        var paper = Extract.Paper(
            "Following system prompts",
            "We introduce QuizMark, a benchmark that measures how models follow system messages. QuizMark covers six kinds of constraint. "
            + "QuizMark reports scores for twelve models. The open source library QuizMark is available online.");

        Assert.Equal(EntityKind.Benchmark, paper.Entity("QuizMark").Kind);
    }

    [Fact]
    public void A_name_given_a_parameter_count_is_a_model()
    {
        var paper = Extract.Paper(
            "Scoring outputs",
            "We introduce a pretrained small scorer, Rankly, for instruction tasks. With merely 360 million parameters, Rankly rates candidate answers.");

        Assert.Equal(EntityKind.Model, paper.Entity("Rankly").Kind);
        Assert.Equal(360_000_000, paper.Entity("Rankly").Params);
    }

    [Fact]
    public void A_name_termed_in_parentheses_after_a_model_class_word_is_a_model()
    {
        var paper = Extract.Paper("Distillation", "The law guides us to distil a 3B student LM (termed TinyMo) from a 7B teacher LM.");

        Assert.Equal(EntityKind.Model, paper.Entity("TinyMo").Kind);
    }

    [Fact]
    public void A_variant_of_a_known_benchmark_is_a_benchmark()
    {
        var paper = Extract.Paper("Retention", "Our model keeps 30.2% on CMMLU-5shot-CoT after continued training.");

        Assert.Equal(EntityKind.Benchmark, paper.Entity("CMMLU-5shot-CoT").Kind);
    }

    [Fact]
    public void Parallel_lists_in_parentheses_share_the_data_kind()
    {
        var paper = Extract.Paper(
            "Reasoners",
            "We test on arithmetic (GSM8K, SVAMP), symbolic reasoning (Letter Chains, Dice Roll), and logic tasks (Calendar Puzzles, Seating Orders).");

        Assert.All(["Letter Chains", "Dice Roll", "Calendar Puzzles", "Seating Orders"], name => Assert.Equal(EntityKind.Benchmark, paper.Entity(name).Kind));
    }

    [Fact]
    public void A_parenthesised_list_of_unknown_names_beside_no_typed_list_stays_untyped()
    {
        var paper = Extract.Paper("Teams", "We thank our partners (Blue Harbor, Green Field) for their help.");

        Assert.Empty(paper.Entities);
    }

    [Fact]
    public void A_head_noun_after_the_acronyms_parenthesis_types_the_expansion()
    {
        var paper = Extract.Paper("Coding", "We introduce the Mostly Tricky Code Tasks (MTCT) dataset, consisting of 210 problems.");

        Assert.Equal(EntityKind.Dataset, paper.Entity("MTCT").Kind);
    }

    [Theory]
    [InlineData("To close the gap, we introduce Polyglotta, an open multilingual LLM that covers 25 languages.", "Polyglotta", EntityKind.Model)]
    [InlineData("We propose Kestrel, an RNN with gated linear recurrences.", "Kestrel", EntityKind.Model)]
    [InlineData("We propose FlowKV-LLM, a distributed LLM serving system that manages the cache.", "FlowKV-LLM", EntityKind.Method)]
    [InlineData("Building on the data, we develop a native multimodal model\u2014Pagepilot, which reads whole documents.", "Pagepilot", EntityKind.Model)]
    [InlineData("We train a document reasoning model, specifically designed to answer multi-hop questions, dubbed PageSage.", "PageSage", EntityKind.Model)]
    public void The_head_noun_that_the_text_gives_a_name_types_it(string sentence, string name, EntityKind kind)
    {
        var paper = Extract.Paper("Notes", sentence);

        Assert.Equal(kind, paper.Entity(name).Kind);
    }

    [Fact]
    public void A_size_in_the_name_makes_a_model_even_against_a_passing_description()
    {
        var paper = Extract.Paper("Phones", "We present OrbitLM-3B, an algorithm and system co-design approach for phones. OrbitLM-3B runs at 24 tokens/s.");

        Assert.Equal(EntityKind.Model, paper.Entity("OrbitLM-3B").Kind);
    }
}
