namespace PaperGraph.Extraction.Scoring;

/// <summary>What one paper missed and what it predicted wrongly for one score line.</summary>
public sealed record ScoreDetail(string Title, string Score, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious);
