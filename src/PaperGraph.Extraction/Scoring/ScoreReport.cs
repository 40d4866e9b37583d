using System.Globalization;
using System.Text;

namespace PaperGraph.Extraction.Scoring;

/// <summary>The scores of predictions against gold: per score line, headline combinations and per-paper details.</summary>
public sealed class ScoreReport(IReadOnlyDictionary<string, ScoreCounts> lines, IReadOnlyList<ScoreDetail> details, int goldPapers, int missingPapers)
{
    /// <summary>The score lines of score.py, in its order.</summary>
    public static IReadOnlyList<string> LineNames { get; } =
        ["model", "data", "benchmark_strict", "dataset_strict", "method", "contextLength", "repo", "result", "introduced", "evaluation"];

    /// <summary>Counts per score line, plus "entities" and "entities_strict".</summary>
    public IReadOnlyDictionary<string, ScoreCounts> Lines { get; } = lines;

    /// <summary>Misses and spurious items per paper and line.</summary>
    public IReadOnlyList<ScoreDetail> Details { get; } = details;

    /// <summary>Number of gold papers.</summary>
    public int GoldPapers { get; } = goldPapers;

    /// <summary>Gold papers with no predicted record.</summary>
    public int MissingPapers { get; } = missingPapers;

    /// <summary>The counts of one line ("entities", "model", ...).</summary>
    public ScoreCounts this[string line] => Lines[line];

    /// <summary>The report as score.py prints it; with <paramref name="details"/>, the per-paper lines first.</summary>
    public string ToText(bool details = false)
    {
        var text = new StringBuilder();
        if (details)
        {
            foreach (var d in Details)
            {
                var title = d.Title.Length > 70 ? d.Title[..70] : d.Title;
                text.Append(CultureInfo.InvariantCulture, $"- {title} [{d.Score}] missed=[{string.Join(", ", d.Missed)}] spurious=[{string.Join(", ", d.Spurious)}]\n");
            }
        }

        // score.py prints the per-kind lines sorted by name, then the two combinations.
        var order = Lines.Keys.Where(k => k is not ("entities" or "entities_strict")).Order(StringComparer.Ordinal).Concat(["entities", "entities_strict"]);
        foreach (var name in order)
        {
            var c = Lines[name];
            text.Append(CultureInfo.InvariantCulture,
                $"{name,-18} P={Shown(c.Precision):F3} R={Shown(c.Recall):F3} F1={Shown(c.F1):F3}  (tp={c.TruePositives} fp={c.FalsePositives} fn={c.FalseNegatives})\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"papers: {GoldPapers} gold, {MissingPapers} missing from the prediction\n");
        text.Append(CultureInfo.InvariantCulture, $"entities F1 {Shown(Lines["entities"].F1):F3}\n");
        return text.ToString();
    }

    // score.py rounds every figure to four places before printing three, so 0.98246 prints as 0.983 there too.
    private static double Shown(double figure) => Math.Round(figure, 4, MidpointRounding.ToEven);
}
