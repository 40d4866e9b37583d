using PaperGraph.Extraction.Sources;

namespace PaperGraph.Extraction.Tests.Sources;

public sealed class LatexTextTests
{
    [Theory]
    [InlineData(@"decoding is 2.4$\times$ faster", "decoding is 2.4× faster")]
    [InlineData(@"a window of $128$K tokens", "a window of 128K tokens")]
    [InlineData(@"72.1\% accuracy on \textbf{MMLU}", "72.1% accuracy on MMLU")]
    [InlineData(@"from 58.9 $\rightarrow$ 61.7", "from 58.9 → 61.7")]
    [InlineData(@"$\sim$50\% fewer FLOPs", "~50% fewer FLOPs")]
    [InlineData(@"up to $10^{5}$ tokens", "up to 10^5 tokens")]
    public void Inline_math_and_commands_read_as_plain_text(string latex, string plain)
    {
        Assert.Equal(plain, LatexText.Plain(latex));
    }

    [Theory]
    [InlineData("trained on a $100K budget")]
    [InlineData("no LaTeX here at all")]
    [InlineData(@"an unknown \foo command stays")]
    public void Text_without_math_spans_stays_as_written(string text)
    {
        Assert.Equal(text, LatexText.Plain(text));
    }
}
