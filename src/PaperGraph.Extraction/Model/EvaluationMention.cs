namespace PaperGraph.Extraction.Model;

/// <summary>A (model, benchmark) pair the text says was evaluated, with the token lengths tied to that evaluation.</summary>
public sealed record EvaluationMention(
    string Model,
    string Benchmark,
    IReadOnlyList<long> ContextLengths,
    Evidence Evidence);
