using PaperGraph.Extraction.Lexicons;
using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Tests.Rules;

/// <summary>Runs the real extractor over the built-in lexicon on one made-up paper.</summary>
internal static class Extract
{
    private static readonly Extractor Extractor = new(Lexicon.LoadBuiltIn());

    public static PaperExtraction Paper(string title, string @abstract) => Extractor.Extract(new Paper(title, @abstract));

    public static EntityMention Entity(this PaperExtraction extraction, string name) =>
        extraction.Entities.Single(e => e.Name == name || e.Aliases.Contains(name));

    public static IReadOnlyList<long> Lengths(this PaperExtraction extraction) => [.. extraction.ContextLengths.Select(c => c.Tokens).Order()];

    public static IReadOnlyList<(string Model, string Benchmark)> Pairs(this PaperExtraction extraction) =>
        [.. extraction.Evaluations.Select(e => (e.Model, e.Benchmark))];
}
