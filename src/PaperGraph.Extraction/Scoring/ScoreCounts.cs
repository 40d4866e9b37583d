namespace PaperGraph.Extraction.Scoring;

/// <summary>True positives, false positives and false negatives of one score line, with the derived figures.</summary>
public sealed record ScoreCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Precision; 1 when nothing was predicted (as score.py).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Recall; 1 when gold has nothing (as score.py).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The sum of several lines' counts.</summary>
    public static ScoreCounts Sum(IEnumerable<ScoreCounts> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        int tp = 0, fp = 0, fn = 0;
        foreach (var c in counts)
        {
            tp += c.TruePositives;
            fp += c.FalsePositives;
            fn += c.FalseNegatives;
        }

        return new ScoreCounts(tp, fp, fn);
    }
}
