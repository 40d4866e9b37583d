using System.Globalization;
using System.Text.RegularExpressions;
using PaperGraph.Extraction.Lexicons;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>A named entity mention of known kind in a sentence, for tying numbers to it.</summary>
public sealed record TypedMention(NameMention Mention, EntityKind Kind, string Name);

/// <summary>
/// Recognises reported performance figures: percentages ("72.19%"), factors ("2.4x faster", "times100"),
/// both ends of arrows ("58.9 → 61.7 acc") and numbers next to a metric word ("7 BLEU points",
/// "27.28 in Recall@K"), each tied to the nearest benchmark and model of its sentence.
/// </summary>
public sealed partial class ResultRecognizer(Lexicon lexicon)
{
    private static readonly string[] SettingWords =
        ["sparsity", "sparse", "pruning", "pruned", "compression ratio", "of the training", "of training", "of the data", "of the parameters", "of parameters", "masking", "mask ratio"];

    /// <summary>The results of one sentence; <paramref name="entities"/> and <paramref name="lengths"/> are what else it holds.</summary>
    public List<ResultMention> Find(Sentence sentence, IReadOnlyList<TypedMention> entities, IReadOnlyList<LengthMatch> lengths)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(lengths);
        var found = new List<(TextSpan Span, double Value, string? Unit, string? Metric, string Rule)>();
        var text = sentence.FieldText;
        if (!HasDigit(sentence))
            return [];

        void Add(Group number, int end, string? unit, string? metric, string rule)
        {
            var s = new TextSpan(number.Index, end);
            if (found.Any(f => f.Span.Overlaps(s)) || lengths.Any(l => l.Span.Overlaps(s)) || entities.Any(e => e.Mention.Span.Overlaps(s)))
                return;
            if (!double.TryParse(number.ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                return;
            found.Add((s, value, unit, metric, rule));
        }

        foreach (var m in InSentence(Arrow(), sentence))
        {
            var unit = m.Groups["pct"].Success ? "%" : null;
            var a = m.Groups["a"];
            var b = m.Groups["b"];
            Add(a, a.Index + a.Length, unit, null, "result-arrow");
            Add(b, b.Index + b.Length, unit, null, "result-arrow");
        }

        foreach (var m in InSentence(Percent(), sentence))
        {
            var n = m.Groups["v"];
            if (!DescribesSetting(text, m.Index + m.Length, sentence.Span.End))
                Add(n, m.Index + m.Length, "%", null, "result-percent");
        }

        foreach (var m in InSentence(Factor(), sentence))
        {
            var n = m.Groups["v"];
            if (!FollowedByCount(text, m.Index + m.Length, sentence.Span.End))
                Add(n, m.Index + m.Length, "x", null, "result-factor");
        }

        foreach (var m in InSentence(NumberThenWord(), sentence))
        {
            if (lexicon.Metric(m.Groups["w"].ValueSpan) is not { } metric)
                continue;
            var n = m.Groups["v"];
            Add(n, n.Index + n.Length, null, metric, "result-number-metric");
        }

        foreach (var m in InSentence(LinkThenNumber(), sentence))
        {
            if (WordBefore(text, m.Index, sentence.Span.Start) is not { Length: > 0 } word || lexicon.Metric(word) is not { } metric)
                continue;
            var n = m.Groups["v"];
            Add(n, n.Index + n.Length, null, metric, "result-metric-number");
        }

        foreach (var m in InSentence(ListedNumber(), sentence))
        {
            var n = m.Groups["v"];
            var next = m.Groups["next"];
            var partner = found.FirstOrDefault(f => f.Span.Start == next.Index);
            if (partner.Rule is not null)
                Add(n, n.Index + n.Length, partner.Unit, partner.Metric, "result-listed");
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var benchmarks = entities.Where(e => e.Kind is EntityKind.Benchmark or EntityKind.Dataset).ToList();
        var distributed = ResultScope.Respectively(sentence, found.ConvertAll(f => f.Span), benchmarks);
        var results = new List<ResultMention>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var (s, value, unit, metric, rule) = found[i];
            var metricWord = metric ?? NearestMetric(sentence, s);
            var benchmark = distributed[i] ?? ResultScope.InSameClause(sentence, s, benchmarks) ?? Nearest(benchmarks, s, _ => true);
            var model = Nearest(entities, s, k => k is EntityKind.Model or EntityKind.Method);
            var evidenceText = text[s.Start..s.End];
            results.Add(new ResultMention(value, unit, metricWord, benchmark, model, evidenceText, sentence.EvidenceFor(s, rule)));
        }

        return results;
    }

    /// <summary>True when the sentence holds a digit; sentences without one state no number to recognise.</summary>
    internal static bool HasDigit(Sentence sentence) => sentence.FieldText.AsSpan(sentence.Span.Start, sentence.Span.Length).ContainsAnyInRange('0', '9');

    // The word ending right before a link ("accuracy" in "accuracy of 72.1"): letters, digits, '_', '@' and '-', starting with a letter.
    private static string? WordBefore(string text, int end, int limit)
    {
        var start = end;
        while (start > limit && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '@' or '-'))
            start--;
        while (start < end && !char.IsAsciiLetter(text[start]))
            start++;
        return start < end ? text[start..end] : null;
    }

    /// <summary>The matches of <paramref name="pattern"/> within the sentence, with offsets into the field's text.</summary>
    internal static IEnumerable<Match> InSentence(Regex pattern, Sentence sentence)
    {
        for (var m = pattern.Match(sentence.FieldText, sentence.Span.Start, sentence.Span.Length); m.Success; m = m.NextMatch())
            yield return m;
    }

    private string? NearestMetric(Sentence sentence, TextSpan number)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            var token = sentence.Tokens[i];
            var distance = token.Start >= number.End ? token.Start - number.End : number.Start - token.End;
            if (distance < 0 || distance > 60 || distance >= bestDistance)
                continue;
            if (lexicon.Metric(sentence.Token(i)) is { } metric)
            {
                best = metric;
                bestDistance = distance;
            }
        }

        return best;
    }

    // The benchmark (or model) closest to the number; one written before the number wins a tie.
    private static string? Nearest(IReadOnlyList<TypedMention> entities, TextSpan number, Func<EntityKind, bool> kind)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var entity in entities)
        {
            if (!kind(entity.Kind))
                continue;
            var s = entity.Mention.Span;
            var distance = s.End <= number.Start ? number.Start - s.End : s.Start - number.End + 1;
            if (distance >= 0 && distance < bestDistance)
            {
                best = entity.Name;
                bestDistance = distance;
            }
        }

        return best;
    }

    // "50% sparsity", "30% of the training data": a percentage that sets up the experiment, not a score.
    private static bool DescribesSetting(string text, int end, int limit)
    {
        var rest = text.AsSpan(end, Math.Min(limit - end, 24)).TrimStart();
        foreach (var word in SettingWords)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    // "8x A100", "8xA800 GPUs": a factor followed by hardware counts devices.
    private static bool FollowedByCount(string text, int end, int limit)
    {
        var rest = text.AsSpan(end, Math.Min(limit - end, 24)).TrimStart();
        if (rest.Length >= 2 && char.IsAsciiLetterUpper(rest[0]) && (char.IsAsciiDigit(rest[1]) || rest.StartsWith("GPU", StringComparison.Ordinal)))
            return true;
        return rest.StartsWith("more data", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("larger", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("more parameters", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("the size", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("more computation", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("computational", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("fewer parameters", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("more training", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?<![\w.])(?<a>\d+(?:\.\d+)?)\s?(?:\\?%\s?)?(?:\\?rightarrow|→|->|⇒|=>|⟶)\s?(?<b>\d+(?:\.\d+)?)(?<pct>\s?\\?%)?")]
    private static partial Regex Arrow();

    [GeneratedRegex(@"(?<![\w.])(?<v>\d+(?:\.\d+)?)\s?(?:\\?%|\s?percent\b)")]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<![\w.])(?<v>\d+(?:\.\d+)?)\s?(?:x|×|times)(?![\w])|\\?times\s?(?<v>\d+(?:\.\d+)?)(?![\w.])")]
    private static partial Regex Factor();

    [GeneratedRegex(@"(?<![\w.,])(?<v>\d+(?:\.\d+)?)\s(?:points?\s|pp\s)?(?:in\s|on\s|of\s)?(?<w>[A-Za-z][\w@-]*)")]
    private static partial Regex NumberThenWord();

    // "accuracy of 72.1", "F1 = 63.2": the pattern starts at the link so the engine can skip ahead to it; the
    // metric word before it is read by WordBefore instead of by a leading word pattern tried at every letter.
    [GeneratedRegex(@"\s(?:of|=|:|is|reaches|reaching)\s(?<v>\d+(?:\.\d+)?)(?![\w.])")]
    private static partial Regex LinkThenNumber();

    [GeneratedRegex(@"(?<![\w.,])(?<v>\d+(?:\.\d+)?)\s?(?:,|and|or|,\sand)\s(?<next>\d+(?:\.\d+)?)")]
    private static partial Regex ListedNumber();
}
