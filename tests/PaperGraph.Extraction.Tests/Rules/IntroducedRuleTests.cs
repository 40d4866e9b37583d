using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Tests.Rules;

public sealed class IntroducedRuleTests
{
    [Fact]
    public void Our_method_comma_name_introduces_the_name()
    {
        var paper = Extract.Paper("Faster decoding", "Our method, SpecTree, halves latency compared with existing techniques.");

        Assert.True(paper.Entity("SpecTree").Introduced);
    }

    [Fact]
    public void Numbered_items_after_an_introducing_verb_are_all_introduced()
    {
        var paper = Extract.Paper(
            "Retrieval",
            "We propose three approaches: (1) DocVec: dense vectors for documents, (2) ReRankX: a staged reranker, and (3) MLR: a label ranking view.");

        Assert.All(new[] { "DocVec", "ReRankX", "MLR" }, name => Assert.True(paper.Entity(name).Introduced, name));
    }

    [Fact]
    public void A_capitalised_object_of_we_propose_is_a_name()
    {
        var paper = Extract.Paper("Memory", "In this work, we propose Recurrent Anchor, which compresses past activations into short states.");

        var entity = paper.Entity("Recurrent Anchor");
        Assert.True(entity.Introduced);
        Assert.Equal(EntityKind.Method, entity.Kind);
    }

    [Fact]
    public void The_named_parts_of_a_new_benchmark_are_introduced()
    {
        var paper = Extract.Paper(
            "QuiltBench: Long Inputs",
            "We present QuiltBench, a new benchmark for long inputs. QuiltBench includes two subsets, ShuffleSort and PickBest, to test ordering and choice.");

        Assert.True(paper.Entity("ShuffleSort").Introduced);
        Assert.True(paper.Entity("PickBest").Introduced);
    }

    [Fact]
    public void A_known_technique_modifying_the_new_thing_is_not_introduced()
    {
        var paper = Extract.Paper("Prompting", "We introduce a self-guided in-context learning framework for black-box models.");

        Assert.All(paper.Entities, e => Assert.False(e.Introduced, e.Name));
    }

    [Fact]
    public void Something_proposed_together_with_a_baseline_model_is_introduced()
    {
        var paper = Extract.Paper(
            "Video",
            "We further propose a strong baseline model, V.X. Chat, together with an instruction-tuning dataset V.X. Instruct 90K for event understanding.");

        Assert.True(paper.Entity("V.X. Chat").Introduced);
        Assert.True(paper.Entity("V.X. Instruct 90K").Introduced);
    }

    [Theory]
    [InlineData("Steering vectors: Compressing Long Prompts", "We propose an alternative that replaces long prompts with steering vectors (SV). Using SV cuts prompt length fourfold.", "steering vectors", true)]
    [InlineData("Survey", "In this survey, we propose a LoRA adapter taxonomy method that groups recent variants by rank.", "LoRA", false)]
    [InlineData("Reading with structure", "We distill the skill into a compact QuillGPT-7B that runs on one GPU. Code is at https://github.com/acme-lab/quillgpt.", "QuillGPT-7B", true)]
    [InlineData("Chat study", "We evaluate Vicuna on dialogue. Our scripts are at https://github.com/someone/vicuna.", "Vicuna", false)]
    [InlineData("Legal entities", "A novel corpus Lease NER comprising nine clause types is released with our baselines.", "Lease NER", true)]
    [InlineData("Legal entities", "Unlike the earlier corpus CUAD, our corpus marks parties.", "CUAD", false)]
    public void Title_heads_repositories_novelty_words_and_modifiers_decide_introduction(string title, string @abstract, string name, bool introduced)
    {
        var paper = Extract.Paper(title, @abstract);

        Assert.Equal(introduced, paper.Entity(name).Introduced);
    }

    [Fact]
    public void A_one_word_title_head_is_the_papers_own_name()
    {
        var paper = Extract.Paper("Pollux: Serving Many Programs at Once", "Pollux schedules the requests of many programs together.");

        Assert.True(paper.Entity("Pollux").Introduced);
    }

    [Fact]
    public void A_one_word_title_head_the_paper_also_writes_in_lower_case_is_a_word()
    {
        var paper = Extract.Paper("Scaffolding: How Hints Help Small Models", "We study scaffolding for small models on maths.");

        Assert.DoesNotContain(paper.Entities, e => e.Name == "Scaffolding");
    }

    [Fact]
    public void A_title_head_missing_the_space_after_its_colon_is_still_the_head()
    {
        var paper = Extract.Paper("TUNEKIT:A Scalable Infrastructure for Fine-Tuning", "We present TUNEKIT, a framework for fine-tuning.");

        Assert.True(paper.Entity("TUNEKIT").Introduced);
        Assert.DoesNotContain(paper.Entities, e => e.Name.Contains(':', StringComparison.Ordinal));
    }

    [Fact]
    public void Our_proposed_name_is_introduced_but_not_one_that_only_describes_a_framework()
    {
        var paper = Extract.Paper("Long context", "This leads to our proposed ShortCut, which tunes a model during extension. Our proposed DualPath framework wins.");

        Assert.True(paper.Entity("ShortCut").Introduced);
        Assert.False(paper.Entity("DualPath").Introduced);
    }

    [Theory]
    [InlineData("The analysis tool, SpeedLens, is open-sourced.")]
    [InlineData("SpeedLens will be publicly released.")]
    public void A_name_the_paper_releases_is_introduced(string sentence)
    {
        var paper = Extract.Paper("Inference", "We study inference cost on many devices. " + sentence);

        Assert.True(paper.Entity("SpeedLens").Introduced);
    }

    [Fact]
    public void A_name_released_by_others_is_not_introduced()
    {
        var paper = Extract.Paper("Inference", "We study inference cost. SpeedLens is released by another group.");

        Assert.False(paper.Entity("SpeedLens").Introduced);
    }

    [Theory]
    [InlineData("To close the gap, we present PrivTune, a DP framework for fine-tuning under Differential Privacy (DP).", "DP")]
    [InlineData("This paper presents a systematic literature review (SLR) following the Preferred Reporting Items for Systematic Reviews (PRISR) statement.", "SLR")]
    [InlineData("This paper presents a systematic literature review (SLR) following the Preferred Reporting Items for Systematic Reviews (PRISR) statement.", "PRISR")]
    [InlineData("This paper introduces a framework aimed at enhancing the Task Planning and Tool Usage (TPTU) abilities of agents.", "TPTU")]
    public void Names_that_only_describe_or_frame_the_contribution_are_not_introduced(string sentence, string name)
    {
        var paper = Extract.Paper("Notes", sentence);

        Assert.False(paper.Entity(name).Introduced);
    }

    [Fact]
    public void Every_item_of_a_list_of_new_things_after_a_colon_is_introduced()
    {
        var paper = Extract.Paper("Harder code", "We propose a recipe resulting in three new benchmarks: QuizEval Pro, CodeMark Pro, and PyTask Pro.");

        Assert.All(["QuizEval Pro", "CodeMark Pro", "PyTask Pro"], name => Assert.True(paper.Entity(name).Introduced));
    }

    [Fact]
    public void A_lower_case_technique_that_an_appositive_defines_as_a_method_is_introduced()
    {
        var paper = Extract.Paper("Long inputs", "We propose median stitching, a simple but effective training-free approach that reorders the documents.");

        var technique = paper.Entity("median stitching");
        Assert.Equal(EntityKind.Method, technique.Kind);
        Assert.True(technique.Introduced);
    }

    [Fact]
    public void A_lower_case_phrase_defined_as_something_else_is_no_name()
    {
        var paper = Extract.Paper("Long inputs", "We propose careful evaluation, a practice that many papers skip.");

        Assert.Empty(paper.Entities);
    }

    [Fact]
    public void The_variants_of_a_new_model_are_new_too()
    {
        var paper = Extract.Paper("Multilingual", "We introduce Polyglot, an open multilingual LLM. We release two variants: Polyglot-9B and Polyglot-83B-Chat.");

        Assert.All(["Polyglot", "Polyglot-9B", "Polyglot-83B-Chat"], name => Assert.True(paper.Entity(name).Introduced));
    }

    [Fact]
    public void A_capitalised_name_closing_the_object_of_an_introducing_verb_is_introduced()
    {
        var paper = Extract.Paper("Serving", "We introduce an efficient LLM inference scheduler Rapido-Serve inspired by earlier batching work.");

        Assert.True(paper.Entity("Rapido-Serve").Introduced);
    }

    [Fact]
    public void A_capitalised_adjective_inside_the_object_is_no_name()
    {
        var paper = Extract.Paper("Length", "We propose an Efficient and Extreme length extension method for language models.");

        Assert.DoesNotContain(paper.Entities, e => e.Name == "Efficient");
    }
}
