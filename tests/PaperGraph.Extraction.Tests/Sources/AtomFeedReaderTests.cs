using System.Text;
using PaperGraph.Extraction.Sources;

namespace PaperGraph.Extraction.Tests.Sources;

public class AtomFeedReaderTests
{
    private const string Entry = """
          <entry>
            <id>http://arxiv.org/abs/2406.17588v2</id>
            <published>2024-06-25T11:38:25Z</published>
            <title>LongIns: A Challenging Long-context
              Instruction-based Exam for LLMs</title>
            <summary>  The long-context capabilities of large language models
              have been a hot topic.</summary>
            <author><name>Shawn Gavin</name></author>
            <author><name>Tuney Zheng</name></author>
          </entry>
        """;

    private static SourceReadResult Read(string text, string name = "feed.atom") => PaperSource.ReadBytes(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reads_entries_of_an_arxiv_feed()
    {
        var result = Read($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>ArXiv Query</title>
            {Entry}
            </feed>
            """);

        Assert.Equal(SourceFormat.AtomFeed, result.Format);
        Assert.Empty(result.Problems);
        var paper = Assert.Single(result.Papers);
        Assert.Equal("LongIns: A Challenging Long-context Instruction-based Exam for LLMs", paper.Title);
        Assert.Equal("The long-context capabilities of large language models have been a hot topic.", paper.Abstract);
        Assert.Equal("2406.17588", paper.ArxivId);
        Assert.Equal(["Shawn Gavin", "Tuney Zheng"], paper.Authors);
    }

    [Fact]
    public void An_entrys_inline_latex_is_read_as_plain_text()
    {
        var result = Read("""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><id>http://arxiv.org/abs/2401.00002v1</id><title>Fast $k$-NN Decoding</title>
                <summary>Decoding runs 2.4$\times$ faster with a $128$K window and 72.1\% accuracy.</summary></entry>
            </feed>
            """);

        var paper = Assert.Single(result.Papers);
        Assert.Equal("Fast k-NN Decoding", paper.Title);
        Assert.Equal("Decoding runs 2.4× faster with a 128K window and 72.1% accuracy.", paper.Abstract);
    }

    [Fact]
    public void An_entry_without_summary_is_reported_with_its_index_and_the_rest_is_read()
    {
        var result = Read($"""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><id>http://arxiv.org/abs/2401.00001v1</id><title>No summary</title></entry>
            {Entry}
            </feed>
            """);

        Assert.Single(result.Papers);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Location.Line);
        Assert.Equal("entry 1: element 'summary' is missing or empty", problem.Message);
    }

    [Fact]
    public void A_feed_broken_half_way_keeps_the_entries_before_the_break()
    {
        var result = Read($"""
            <feed xmlns="http://www.w3.org/2005/Atom">
            {Entry}
              <entry><title>broken</entry>
            """);

        Assert.Single(result.Papers);
        Assert.Contains("malformed XML", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }
}
