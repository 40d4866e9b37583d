using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Tests.Rules;

namespace PaperGraph.Extraction.Tests.Recognizers;

public sealed class CoinedPhraseRecognizerTests
{
    [Fact]
    public void A_hyphenated_word_after_referred_to_as_is_an_introduced_method()
    {
        var paper = Extract.Paper("Longer windows", "This process, wherein sender and receiver share one layer, is referred to as self-routing.");

        var entity = paper.Entity("self-routing");
        Assert.Equal(EntityKind.Method, entity.Kind);
        Assert.True(entity.Introduced);
    }

    [Fact]
    public void A_visual_module_dubbed_in_lower_case_is_introduced()
    {
        var paper = Extract.Paper("Vision", "We introduce a light visual adapter module dubbed grid-pooler.");

        Assert.True(paper.Entity("grid-pooler").Introduced);
    }

    [Fact]
    public void Plain_words_after_a_naming_word_are_no_name()
    {
        var paper = Extract.Paper("Two models", "It uses two copies of one model, termed upper model and lower model.");

        Assert.Empty(paper.Entities);
    }

    [Fact]
    public void The_lower_case_subject_after_the_proposed_is_an_introduced_method()
    {
        var paper = Extract.Paper("Sparse attention", "The proposed shift window attention effectively enables longer contexts at low cost.");

        var entity = paper.Entity("shift window attention");
        Assert.Equal(EntityKind.Method, entity.Kind);
        Assert.True(entity.Introduced);
    }

    [Fact]
    public void The_proposed_followed_by_a_head_noun_names_nothing()
    {
        var paper = Extract.Paper("Sparse attention", "The proposed attention method works well. The proposed sparse scheme saves memory.");

        Assert.Empty(paper.Entities);
    }

    [Fact]
    public void A_quoted_term_defined_on_the_spot_is_an_introduced_method()
    {
        var paper = Extract.Paper("Leakage", "To find leaked items, we use \"anchored completion:\" a prompt holding the first half of an item.");

        var entity = paper.Entity("anchored completion");
        Assert.Equal(EntityKind.Method, entity.Kind);
        Assert.True(entity.Introduced);
    }

    [Fact]
    public void A_quoted_phrase_without_a_definition_is_no_name()
    {
        var paper = Extract.Paper("Long inputs", "Models show the \"lost in the middle\" effect, and a \"plain completion\" that omits the name fails.");

        Assert.Empty(paper.Entities);
    }
}
