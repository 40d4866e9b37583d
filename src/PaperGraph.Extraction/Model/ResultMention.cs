namespace PaperGraph.Extraction.Model;

/// <summary>
/// A reported performance figure: the number as written ("72.19%" gives 72.19 and unit "%"),
/// the metric word, and the benchmark and model the sentence ties it to.
/// </summary>
public sealed record ResultMention(
    double Value,
    string? Unit,
    string? Metric,
    string? Benchmark,
    string? Model,
    string Text,
    Evidence Evidence);
