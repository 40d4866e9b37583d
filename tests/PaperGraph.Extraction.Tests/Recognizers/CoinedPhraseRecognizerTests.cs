using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Tests.Rules;

namespace PaperGraph.Extraction.Tests.Recognizers;

public sealed class CoinedPhraseRecognizerTests
{
    [Theory]
    [InlineData("This process, wherein sender and receiver share one layer, is referred to as self-routing.", "self-routing")]
    [InlineData("We introduce a light visual adapter module dubbed grid-pooler.", "grid-pooler")]
    [InlineData("Layers that see no gradient are skipped; we call this self-pruning.", "self-pruning")]
    [InlineData("The proposed shift window attention effectively enables longer contexts at low cost.", "shift window attention")]
    [InlineData("To find leaked items, we use \"anchored completion:\" a prompt holding the first half of an item.", "anchored completion")]
    public void A_lower_case_coined_name_is_an_introduced_method(string sentence, string name)
    {
        var paper = Extract.Paper("Coined names", sentence);

        var entity = paper.Entity(name);
        Assert.Equal(EntityKind.Method, entity.Kind);
        Assert.True(entity.Introduced);
    }

    [Theory]
    [InlineData("It uses two copies of one model, termed upper model and lower model.")]
    [InlineData("The proposed attention method works well. The proposed sparse scheme saves memory.")]
    [InlineData("The proposed instruction tuning improves accuracy on every task.")]
    [InlineData("The proposed language models perform well.")]
    [InlineData("Models show the \"lost in the middle\" effect, and a \"plain completion\" that omits the name fails.")]
    public void Lower_case_words_without_a_coining_cue_are_no_name(string sentence)
    {
        var paper = Extract.Paper("Coined names", sentence);

        Assert.Empty(paper.Entities);
    }
}
