using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Output;

namespace PaperGraph.Extraction.Scoring;

/// <summary>
/// Scores predicted records against gold records with the rules of shared/tools/score.py
/// (see gold/GUIDELINE.md): papers matched by title, names by their letters and digits.
/// </summary>
public static partial class GoldScorer
{
    private static readonly string[] EntityLines = ["model", "data", "contextLength", "repo"];
    private static readonly string[] StrictEntityLines = ["model", "benchmark_strict", "dataset_strict", "contextLength", "repo"];

    /// <summary>Scores extractions against the gold JSONL file at <paramref name="goldPath"/>.</summary>
    public static ScoreReport Score(string goldPath, IEnumerable<PaperExtraction> predicted)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        var records = predicted.Select((p, i) => ScoredRecord.Parse(ExtractionRecordWriter.ToJsonLine(p), $"prediction {i + 1}")).ToList();
        return Score(ScoredRecord.Load(goldPath), records);
    }

    /// <summary>Scores the predicted JSONL file at <paramref name="predictedPath"/> against gold.</summary>
    /// <exception cref="FormatException">A line of either file is not a valid record.</exception>
    public static ScoreReport Score(string goldPath, string predictedPath) =>
        Score(ScoredRecord.Load(goldPath), ScoredRecord.Load(predictedPath));

    private static ScoreReport Score(List<ScoredRecord> gold, List<ScoredRecord> predicted)
    {
        var index = new Dictionary<string, ScoredRecord>(StringComparer.Ordinal);
        foreach (var record in predicted)
            index[PaperNames.Norm(record.Title)] = record;
        var totals = ScoreReport.LineNames.ToDictionary(n => n, _ => new int[3], StringComparer.Ordinal);
        var details = new List<ScoreDetail>();
        var missing = 0;
        foreach (var g in gold)
        {
            if (!index.TryGetValue(PaperNames.Norm(g.Title), out var p))
            {
                missing++;
                p = ScoredRecord.Parse(JsonSerializer.Serialize(new { title = g.Title }), "empty");
            }

            foreach (var line in ScoreReport.LineNames)
            {
                var (tp, missed, spurious) = line switch
                {
                    "model" => EntitySets(g, p, false, "model"),
                    "data" => EntitySets(g, p, false, "data"),
                    "benchmark_strict" => EntitySets(g, p, true, "benchmark"),
                    "dataset_strict" => EntitySets(g, p, true, "dataset"),
                    "method" => EntitySets(g, p, false, "method"),
                    "contextLength" => SimpleSets(Lengths(g), Lengths(p)),
                    "repo" => SimpleSets(Repos(g), Repos(p)),
                    "result" => Results(g, p),
                    "introduced" => Introduced(g, p),
                    _ => SimpleSets(EvaluationPairs(g, g), EvaluationPairs(p, g)),
                };
                var t = totals[line];
                t[0] += tp;
                t[1] += spurious.Count;
                t[2] += missed.Count;
                if (missed.Count > 0 || spurious.Count > 0)
                    details.Add(new ScoreDetail(g.Title, line, [.. missed.Order(StringComparer.Ordinal)], [.. spurious.Order(StringComparer.Ordinal)]));
            }
        }

        var lines = totals.ToDictionary(t => t.Key, t => new ScoreCounts(t.Value[0], t.Value[1], t.Value[2]), StringComparer.Ordinal);
        lines["entities"] = ScoreCounts.Sum(EntityLines.Select(n => lines[n]));
        lines["entities_strict"] = ScoreCounts.Sum(StrictEntityLines.Select(n => lines[n]));
        return new ScoreReport(lines, details, gold.Count, missing);
    }

    private static (int Tp, List<string> Missed, List<string> Spurious) EntitySets(ScoredRecord gold, ScoredRecord pred, bool strict, string kind)
    {
        var g = new PaperNames(gold, strict);
        var p = new PaperNames(pred, strict);
        var matched = new HashSet<(string, string)>();
        var spurious = new List<string>();
        var tp = 0;
        foreach (var (key, forms, _) in p.Items)
        {
            if (key.Kind != kind)
                continue;
            var hit = g.Match(key.Kind, forms);
            if (hit is { } h && matched.Add(h))
                tp++;
            else if (hit is null)
                spurious.Add($"{key.Kind}:{key.Canon}");
        }

        var missed = g.Items.Where(i => i.Key.Kind == kind && !matched.Contains(i.Key)).Select(i => $"{i.Key.Kind}:{i.Key.Canon}").ToList();
        return (tp, missed, spurious);
    }

    private static (int Tp, List<string> Missed, List<string> Spurious) Introduced(ScoredRecord gold, ScoredRecord pred)
    {
        var g = new PaperNames(gold, false);
        var p = new PaperNames(pred, false);
        var introducedGold = g.Items.Where(i => i.Introduced).ToList();
        var matched = new HashSet<(string, string)>();
        var spurious = new List<string>();
        var tp = 0;
        foreach (var (key, forms, introduced) in p.Items)
        {
            if (!introduced)
                continue;
            // score.py keeps the last matching gold item, not the first.
            (string, string)? hit = null;
            foreach (var gi in introducedGold)
            {
                if (gi.Key.Kind == key.Kind && gi.Forms.Overlaps(forms))
                    hit = gi.Key;
            }

            if (hit is { } h && matched.Add(h))
                tp++;
            else if (hit is null)
                spurious.Add($"{key.Kind}:{key.Canon}");
        }

        var missed = introducedGold.Where(i => !matched.Contains(i.Key)).Select(i => $"{i.Key.Kind}:{i.Key.Canon}").ToList();
        return (tp, missed, spurious);
    }

    private static (int Tp, List<string> Missed, List<string> Spurious) SimpleSets<T>(HashSet<T> gold, HashSet<T> pred)
        where T : notnull
    {
        var tp = gold.Count(pred.Contains);
        return (tp, gold.Where(x => !pred.Contains(x)).Select(Show).ToList(), pred.Where(x => !gold.Contains(x)).Select(Show).ToList());
    }

    private static string Show<T>(T value) where T : notnull => value is ValueTuple<string, string> pair
        ? $"('{pair.Item1}', '{pair.Item2}')"
        : value.ToString() ?? string.Empty;

    private static HashSet<long> Lengths(ScoredRecord record)
    {
        var set = new HashSet<long>();
        foreach (var item in record.Items("contextLengths"))
        {
            var value = item.ValueKind == JsonValueKind.Object ? ScoredRecord.Get(item, "tokens") : item;
            if (value.ValueKind == JsonValueKind.Number && value.GetDouble() > 0)
                set.Add((long)Math.Round(value.GetDouble(), MidpointRounding.ToEven));
        }

        return set;
    }

    private static HashSet<string> Repos(ScoredRecord record)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in record.Items("repos"))
        {
            var text = item.ValueKind == JsonValueKind.String
                ? ScoredRecord.Text(item)
                : ScoredRecord.Text(ScoredRecord.Get(item, "name")) is { Length: > 0 } name ? name : ScoredRecord.Text(ScoredRecord.Get(item, "url"));
            text = GitHubPrefix().Replace(text.Trim(), string.Empty);
            var parts = text.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2)
                set.Add((parts[0] + "/" + DotGit().Replace(parts[1], string.Empty)).ToLowerInvariant().TrimEnd('.', ',', ';', ':', ')'));
        }

        return set;
    }

    private static (int Tp, List<string> Missed, List<string> Spurious) Results(ScoredRecord gold, ScoredRecord pred)
    {
        static List<JsonElement> Numeric(ScoredRecord r) =>
            r.Items("results").Where(x => x.ValueKind == JsonValueKind.Object && ScoredRecord.Get(x, "value").ValueKind == JsonValueKind.Number).ToList();
        var g = Numeric(gold);
        var used = new HashSet<int>();
        var spurious = new List<string>();
        var tp = 0;
        foreach (var pr in Numeric(pred))
        {
            var value = ScoredRecord.Get(pr, "value").GetDouble();
            var hit = -1;
            for (var i = 0; i < g.Count; i++)
            {
                if (used.Contains(i) || Math.Abs(ScoredRecord.Get(g[i], "value").GetDouble() - value) > 0.01)
                    continue;
                var gb = ScoredRecord.Get(g[i], "benchmark");
                if (ScoredRecord.Truthy(gb) && PaperNames.Norm(ScoredRecord.Text(gb)) != PaperNames.Norm(ScoredRecord.Text(ScoredRecord.Get(pr, "benchmark"))))
                    continue;
                hit = i;
                break;
            }

            if (hit < 0)
                spurious.Add(ResultLabel(pr));
            else
            {
                used.Add(hit);
                tp++;
            }
        }

        var missed = Enumerable.Range(0, g.Count).Where(i => !used.Contains(i)).Select(i => ResultLabel(g[i])).ToList();
        return (tp, missed, spurious);
    }

    private static string ResultLabel(JsonElement result)
    {
        var benchmark = ScoredRecord.Get(result, "benchmark");
        var value = ScoredRecord.Get(result, "value").GetDouble().ToString(CultureInfo.InvariantCulture);
        return $"{value}@{(benchmark.ValueKind == JsonValueKind.String ? benchmark.GetString() : "None")}";
    }

    // Both sides' pairs are canonicalised through the gold names, as score.py does.
    private static HashSet<(string, string)> EvaluationPairs(ScoredRecord record, ScoredRecord gold)
    {
        var names = new PaperNames(gold, false);
        string Canon(string kind, string name)
        {
            var norm = PaperNames.Norm(name);
            return names.Match(kind, [norm]) is { } hit ? hit.Canon : norm;
        }

        var pairs = new HashSet<(string, string)>();
        foreach (var e in record.Items("evaluations"))
        {
            var model = ScoredRecord.Get(e, "model");
            var benchmark = ScoredRecord.Get(e, "benchmark");
            if (ScoredRecord.Truthy(model) && ScoredRecord.Truthy(benchmark))
                pairs.Add((Canon("model", ScoredRecord.Text(model)), Canon("data", ScoredRecord.Text(benchmark))));
        }

        return pairs;
    }

    [GeneratedRegex(@"^(https?://)?(www\.)?github\.com/", RegexOptions.IgnoreCase)]
    private static partial Regex GitHubPrefix();

    [GeneratedRegex(@"\.git$")]
    private static partial Regex DotGit();
}
