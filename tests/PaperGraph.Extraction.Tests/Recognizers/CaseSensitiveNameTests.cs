using PaperGraph.Extraction.Lexicons;
using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Tests.Recognizers;

/// <summary>Lexicon names that are also English words match only in the capitals the lexicon gives them.</summary>
public class CaseSensitiveNameTests
{
    private static readonly Extractor Extractor = new(Lexicon.LoadBuiltIn());

    [Fact]
    public void The_math_benchmark_is_found_where_written_in_capitals()
    {
        var paper = Extractor.Extract(new Paper("Reasoning with Small Models", "We evaluate the model on MATH and GSM8K and report accuracy."));

        Assert.Contains(paper.Entities, e => e.Name == "MATH" && e.CanonicalName == "MATH" && e.Kind == EntityKind.Benchmark);
    }

    [Fact]
    public void A_title_case_word_is_not_the_benchmark_spelled_like_it()
    {
        var paper = Extractor.Extract(new Paper(
            "Better Math Reasoning Through Race-Free Drop Schedules",
            "Math word problems remain hard. We test Bloom filters on GSM8K."));

        Assert.Contains(paper.Entities, e => e.CanonicalName == "GSM8K");
        Assert.DoesNotContain(paper.Entities, e => e.CanonicalName is "MATH" or "RACE" or "DROP" or "BLOOM");
        Assert.DoesNotContain(paper.Entities, e => e.Name is "Math" or "Race" or "Drop");
    }
}
