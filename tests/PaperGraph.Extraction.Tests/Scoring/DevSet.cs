using PaperGraph.Extraction.Lexicons;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Scoring;
using PaperGraph.Extraction.Sources;

namespace PaperGraph.Extraction.Tests.Scoring;

/// <summary>The dev gold set, the sample dump its papers come from, and the extractor's score on them (computed once).</summary>
internal static class DevSet
{
    private static readonly Lazy<IReadOnlyList<PaperExtraction>> LazyExtractions = new(ExtractAll);
    private static readonly Lazy<ScoreReport> LazyReport = new(() => GoldScorer.Score(GoldPath, Extractions));

    public static string GoldPath => RepoPaths.InRepo("samples", "gold", "dev.jsonl");

    public static string ScorePy => RepoPaths.InRepo("tools", "score.py");

    public static IReadOnlyList<PaperExtraction> Extractions => LazyExtractions.Value;

    public static ScoreReport Report => LazyReport.Value;

    private static List<PaperExtraction> ExtractAll()
    {
        var extractor = new Extractor(Lexicon.LoadBuiltIn());
        var dump = Directory.EnumerateFiles(RepoPaths.SampleCorpus).Order(StringComparer.Ordinal).First();
        return [.. PaperSource.ReadFile(dump).Papers.Select(extractor.Extract)];
    }
}
