using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Tests.Rules;

public sealed class NameRuleTests
{
    [Fact]
    public void A_capitalised_word_the_paper_also_writes_in_lower_case_is_no_name()
    {
        var paper = Extract.Paper("Rationales", "We train a small Planning model on plans. Careful planning helps on hard questions.");

        Assert.DoesNotContain(paper.Entities, e => e.Name == "Planning");
    }

    [Fact]
    public void The_singular_of_a_class_acronym_is_no_name()
    {
        var paper = Extract.Paper("Vision", "Audio language models (ALLMs) improve quickly, and new ALLM designs appear.");

        Assert.DoesNotContain(paper.Entities, e => e.Name == "ALLM");
    }

    // Metrics, hardware, fields, companies, venues, kinds of model and modifiers name no single thing.
    [Theory]
    [InlineData("Notes", "Our reranker lifts exact match (EM) by 3.1 points on open questions.", "exact match")]
    [InlineData("Notes", "The trainer sustains 48.5% Model FLOPs Utilization (MFU) on long runs.", "Model FLOPs Utilization")]
    [InlineData("Notes", "The adapter can be tuned on a single GeForce RTX4090 GPU in an hour.", "RTX4090")]
    [InlineData("Notes", "The adapter can be tuned on a single GeForce RTX4090 GPU in an hour.", "GeForce")]
    [InlineData("Notes", "Serving runs on 16 H800 GPUs with paged caches.", "H800")]
    [InlineData("Notes", "LLMs have shown strong performance on Natural Language Processing (NLP) tasks, such as tagging.", "Natural Language Processing")]
    [InlineData("Notes", "The assistant is deployed in LinkedIn's job search products.", "LinkedIn")]
    [InlineData("Survey", "Recent work builds Legal LLMs for contracts.", "Legal LLMs")]
    [InlineData("A Set of LLM-Annotated Reading Questions", "We release questions for reading tests.", "LLM-Annotated")]
    [InlineData("Notes", "We also report findings on Chinese-English question answering.", "Chinese-English")]
    [InlineData("Notes", "Our suite uses a novel Human-LLM collaborative review to drop ambiguous items.", "Human-LLM")]
    [InlineData("Notes", "The shared task was held at SIGIR 2024 with many teams.", "SIGIR")]
    [InlineData("Notes", "Our filter ranks phrases with the Token Entropy metric before decoding.", "Token Entropy")]
    [InlineData("Notes", "Both rely on the Transformer framework by Vaswani et al. (2017) for encoding.", "Vaswani")]
    [InlineData("Notes", "Accuracy drops from 63.3% on QrightarrowA to 39.0% on the harder split.", "QrightarrowA")]
    [InlineData("Notes", "Agents gain API-calling skills after tuning on traces.", "API-calling")]
    [InlineData("Notes", "Weights are streamed from flash to DRAM on demand.", "DRAM")]
    [InlineData("Notes", "It reaches 24 tokens/s on the MediaTek Dimensity 9300 processor in our tests.", "MediaTek")]
    [InlineData("Notes", "We build a Large Multimodal Model (LMM) powered web agent for browsing.", "Large Multimodal Model")]
    [InlineData("Notes", "We evaluate the effect of quantization on Weight, Activation, and the cache in our experiments.", "Weight")]
    [InlineData("Notes", "Our coder surpasses GPT-4 Turbo (April 2024) in our tests.", "April")]
    [InlineData("Notes", "The ranker uses an Item LLM that encodes item features before scoring.", "Item LLM")]
    [InlineData("Notes", "On-device models enable UI task automation without sending data away.", "UI")]
    [InlineData("Notes", "We adopt a systematic paradigm for the IQ evaluation of LLMs.", "IQ")]
    [InlineData("Notes", "Models have shown potential in network operations (NetOps), yet little is known about LLMs in the field of NetOps.", "NetOps")]
    public void Words_that_name_no_single_thing_are_no_entities(string title, string sentence, string name)
    {
        var paper = Extract.Paper(title, sentence);

        Assert.DoesNotContain(paper.Entities, e => e.Name == name || e.Aliases.Contains(name));
    }

    [Fact]
    public void A_compound_with_a_lower_case_part_is_still_a_coined_name()
    {
        var paper = Extract.Paper("Fast prefill with slm-NPU", "We present slm-NPU, an engine that runs prefill on mobile accelerators.");

        Assert.Contains(paper.Entities, e => e.Name == "slm-NPU" && e.Introduced);
    }

    [Fact]
    public void A_model_before_a_processor_word_further_on_is_still_a_model()
    {
        var paper = Extract.Paper("Serving", "We serve Llama-2-7B on one GPU with paged caches.");

        Assert.Equal(EntityKind.Model, paper.Entity("Llama-2-7B").Kind);
    }

    [Fact]
    public void A_suspended_hyphen_modifier_is_no_name()
    {
        var paper = Extract.Paper("Survey", "We summarise current GPT- and BERT-style LLMs.");

        Assert.DoesNotContain(paper.Entities, e => e.Name == "GPT");
    }

    [Fact]
    public void A_dash_aside_types_the_name_before_it()
    {
        var paper = Extract.Paper("Adapters", "This paper presents Sparse Quantized Adapters (SQAD) - a simple yet effective method for tuning compressed models.");

        Assert.Equal(EntityKind.Method, paper.Entity("SQAD").Kind);
    }

    [Fact]
    public void A_model_class_acronym_after_a_name_types_it_as_a_model()
    {
        var paper = Extract.Paper("Materials", "The resulting ChemSage LLM answers questions about polymers.");

        Assert.Equal(EntityKind.Model, paper.Entity("ChemSage").Kind);
    }

    [Fact]
    public void A_compound_title_head_with_a_whole_word_is_no_acronym()
    {
        var paper = Extract.Paper("VLM-Planner: A Vision Language Model For Robot Task Planning", "We study planning with images.");

        Assert.Equal("VLM-Planner", Assert.Single(paper.Entities, e => e.Introduced).Name);
    }

    [Fact]
    public void An_acronym_written_as_a_word_pairs_with_the_capitals_it_spells()
    {
        var paper = Extract.Paper("Graph answers", "In our study, we introduce a Layered Evidence Aggregation over Forests (Leaf) framework. The Leaf framework routes questions.");

        var entity = paper.Entity("Leaf");
        Assert.Equal("Layered Evidence Aggregation over Forests", entity.Name);
        Assert.Equal(EntityKind.Method, entity.Kind);
        Assert.True(entity.Introduced);
    }

    [Fact]
    public void A_capitalised_word_in_parentheses_that_spells_no_initials_is_no_acronym()
    {
        var paper = Extract.Paper("Graph answers", "Following earlier graph reasoning work (Wang), we route questions to subgraphs.");

        Assert.DoesNotContain(paper.Entities, e => e.Aliases.Contains("Wang"));
    }

    [Fact]
    public void Lower_case_names_with_digits_are_benchmarks_when_the_text_lists_them_as_test_sets()
    {
        var paper = Extract.Paper("Long documents", "Perplexity drops on the pgx19 and arxiv2023 benchmarks.");

        Assert.Equal(EntityKind.Benchmark, paper.Entity("pgx19").Kind);
        Assert.Equal(EntityKind.Benchmark, paper.Entity("arxiv2023").Kind);
    }

    [Theory]
    [InlineData("Weights are stored in fp16 and int8 formats to save memory.")]
    [InlineData("We apply the layer32 probe with a top-5 metric on the data.")]
    [InlineData("The method2 variant uses fewer steps.")]
    public void Lower_case_words_with_digits_are_no_names_unless_the_text_says_they_are_data(string sentence)
    {
        var paper = Extract.Paper("Notes", sentence);

        Assert.Empty(paper.Entities);
    }

    [Fact]
    public void A_two_letter_acronym_the_paper_spells_out_is_a_name()
    {
        var paper = Extract.Paper("Privacy", "We train with Private Gradient Clipping (PG) and show that PG keeps utility.");

        Assert.Contains(paper.Entities, e => e.Aliases.Contains("PG") || e.Name == "PG");
    }

    [Fact]
    public void An_acronym_may_spell_for_and_to_with_digits()
    {
        var paper = Extract.Paper("Recommendation", "We group methods into Generative LLM for Recommendation (GLLM4Rec) and others.");

        Assert.Equal("Generative LLM for Recommendation", paper.Entity("GLLM4Rec").Name);
    }

    [Fact]
    public void An_established_capitalised_name_is_found_where_it_starts_a_sentence()
    {
        var paper = Extract.Paper("Serving programs", "We present a serving system, Pollux, for agent programs. Pollux cuts latency by 2.1x on MMLU prompts.");

        var pollux = paper.Entity("Pollux");
        Assert.Equal(2, pollux.Evidence.Count);
        Assert.Contains(paper.Results, r => r.Value == 2.1 && r.Model == "Pollux");
    }

    [Fact]
    public void A_lower_case_form_with_digits_matches_a_known_name()
    {
        var paper = Extract.Paper("Quantization", "Our method improves the wikitext2 perplexity from 14.65 to 6.82.");

        Assert.Equal(EntityKind.Benchmark, paper.Entity("wikitext2").Kind);
    }
}
