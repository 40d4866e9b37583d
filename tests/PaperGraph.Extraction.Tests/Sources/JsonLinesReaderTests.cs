using System.Text;
using PaperGraph.Extraction.Sources;

namespace PaperGraph.Extraction.Tests.Sources;

public class JsonLinesReaderTests
{
    private static SourceReadResult Read(string text) => PaperSource.ReadBytes("papers.jsonl", Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reads_required_and_optional_fields()
    {
        var result = Read("""
            {"title": "LongIns", "abstract": "We introduce LongIns.", "id": "arXiv:2406.17588v2", "url": "https://x", "date": "2024-06-25", "authors": ["A. One", "B. Two"]}
            {"title": "Second", "abstract": "Another.", "url": "https://arxiv.org/abs/2401.00001"}
            """);

        Assert.Equal(SourceFormat.JsonLines, result.Format);
        Assert.Empty(result.Problems);
        var first = result.Papers[0];
        Assert.Equal(("LongIns", "We introduce LongIns.", "2406.17588", "2024-06-25"), (first.Title, first.Abstract, first.ArxivId, first.Date));
        Assert.Equal(["A. One", "B. Two"], first.Authors);
        Assert.Equal("2401.00001", result.Papers[1].ArxivId);
    }

    [Theory]
    [InlineData("""{"abstract": "x"}""", "field 'title' is missing")]
    [InlineData("""{"title": "T", "abstract": 3}""", "field 'abstract' must be a string")]
    [InlineData("""{"title": "  ", "abstract": "x"}""", "field 'title' is empty")]
    [InlineData("""{"title": "T", "abstract": "x", "authors": [1]}""", "field 'authors[0]'")]
    [InlineData("{\"title\": \"T\", \"abstract\": \"x\"", "not a JSON object")]
    [InlineData("""[1, 2]""", "expected a JSON object")]
    public void A_malformed_line_is_reported_with_its_line_and_field_and_the_rest_is_read(string bad, string expected)
    {
        var result = Read($$"""
            {"title": "Good one", "abstract": "Fine."}
            {{bad}}
            {"title": "Good two", "abstract": "Fine too."}
            """);

        Assert.Equal(["Good one", "Good two"], result.Papers.Select(p => p.Title));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Location.Line);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("papers.jsonl:2: ", problem.ToString(), StringComparison.Ordinal);
    }
}
