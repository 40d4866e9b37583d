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
}
