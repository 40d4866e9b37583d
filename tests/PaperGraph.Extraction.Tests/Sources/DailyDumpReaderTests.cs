using System.Text;
using PaperGraph.Extraction.Sources;

namespace PaperGraph.Extraction.Tests.Sources;

public class DailyDumpReaderTests
{
    private static SourceReadResult Read(string text) => PaperSource.ReadBytes("dump.txt", Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reads_titles_and_abstracts_and_skips_page_furniture()
    {
        var result = Read("""
            new

            Get trending papers in your email inbox!

            Subscribe

            byAK and the research community

            Mar 14

            LongIns: A Challenging Long-context Instruction-based Exam for LLMs

            The long-context capabilities of large language models (LLMs) have been a hot topic. We introduce LongIns. It is hard.

            Needle Threading: Can LLMs Follow Threads through Near-Million-Scale Haystacks?

            As the context limits of LLMs increase, the range of possible applications grows. We study it here.
            """);

        Assert.Equal(SourceFormat.DailyDump, result.Format);
        Assert.Empty(result.Problems);
        Assert.Equal(
            ["LongIns: A Challenging Long-context Instruction-based Exam for LLMs", "Needle Threading: Can LLMs Follow Threads through Near-Million-Scale Haystacks?"],
            result.Papers.Select(p => p.Title));
        Assert.StartsWith("As the context limits", result.Papers[1].Abstract, StringComparison.Ordinal);
        Assert.Equal(11, result.Papers[0].Origin!.Line);
    }

    [Fact]
    public void An_abstract_without_a_title_is_rejected_with_its_line_and_the_rest_is_read()
    {
        var result = Read("""
            Orphan abstract text that has no title. It goes on for a while. And ends here.

            A Real Title

            A real abstract. With two sentences.
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Location.Line);
        Assert.Contains("no title", problem.Message, StringComparison.Ordinal);
        Assert.Equal("A Real Title", Assert.Single(result.Papers).Title);
    }

    [Fact]
    public void A_title_without_an_abstract_is_rejected()
    {
        var result = Read("""
            First Title

            First abstract. Two sentences.

            Dangling Title
            """);

        Assert.Single(result.Papers);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(5, problem.Location.Line);
        Assert.Contains("no abstract", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_corpus_holds_175_papers_of_which_161_are_distinct()
    {
        var papers = PaperSource.ExpandPaths([RepoPaths.SampleCorpus]).Select(PaperSource.ReadFile).ToList();

        Assert.All(papers, r => Assert.Empty(r.Problems));
        var all = papers.SelectMany(r => r.Papers).ToList();
        Assert.Equal(175, all.Count);
        Assert.Equal(161, all.Select(p => p.Title.ToUpperInvariant()).Distinct().Count());
        Assert.DoesNotContain(all, p => p.Title is "Subscribe" or "Daily Papers" or "new");
    }
}
