using System.Globalization;
using System.Text.RegularExpressions;
using PaperGraph.Extraction.Lexicons;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>A named entity mention of known kind in a sentence, for tying numbers to it.</summary>
public sealed record TypedMention(NameMention Mention, EntityKind Kind, string Name);

/// <summary>
/// Recognises reported performance figures: percentages ("72.19%"), factors and folds ("2.4x faster",
/// "times100", "7-fold"), both ends of arrows and changes ("58.9 → 61.7 acc", "from 29.1 to 32.0"), numbers
/// next to a metric word ("7 BLEU points", "27.28 in Recall@K", "BLEU scores of 13.42, 15.93"), signed gains
/// ("+4.6 on MLVU") and throughput, with every member of a list or range; each is tied to a benchmark and a
/// model of its sentence (see <see cref="ResultScope"/>).
/// </summary>
public sealed partial class ResultRecognizer(Lexicon lexicon)
{
    private static readonly string[] SettingWords =
        ["sparsity", "sparse", "pruning", "pruned", "compression ratio", "of the training", "of training", "of the data", "of the parameters", "of parameters", "masking", "mask ratio",
         "of trainable", "of the trainable", "trainable", "of the model's parameters", "of its parameters"];

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
            if (!double.TryParse(number.ValueSpan, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
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
            if (!DescribesSetting(text, m.Index + m.Length, sentence.Span.End) && !AfterSettingWord(text, m.Index, sentence.Span.Start))
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
            if (MetricBefore(text, m.Index, sentence.Span.Start) is not { } metric)
                continue;
            var n = m.Groups["v"];
            Add(n, n.Index + n.Length, null, metric, "result-metric-number");
        }

        foreach (var m in InSentence(Points(), sentence))
        {
            var n = m.Groups["v"];
            Add(n, m.Index + m.Length, null, null, "result-points");
        }

        foreach (var m in InSentence(Throughput(), sentence))
        {
            var n = m.Groups["v"];
            Add(n, m.Index + m.Length, null, "tokens/s", "result-throughput");
        }

        foreach (var m in InSentence(FromTo(), sentence))
        {
            var unit = m.Groups["pct"].Success ? "%" : null;
            var (a, b) = (m.Groups["a"], m.Groups["b"]);
            if (unit is null && !a.ValueSpan.Contains('.') && !b.ValueSpan.Contains('.') && NearestMetric(sentence, new TextSpan(a.Index, b.Index + b.Length)) is null)
                continue;
            Add(a, a.Index + a.Length, unit, null, "result-from-to");
            Add(b, b.Index + b.Length, unit, null, "result-from-to");
        }

        foreach (var m in InSentence(SignedGain(), sentence))
        {
            var n = m.Groups["v"];
            var after = m.Index + m.Length;
            if (entities.Any(e => e.Kind is EntityKind.Benchmark or EntityKind.Dataset && e.Mention.Span.Start >= after && e.Mention.Span.Start <= after + 5))
                Add(n, n.Index + n.Length, null, null, "result-signed-gain");
        }

        // Lists and ranges of numbers share the unit and metric of the member that was recognised:
        // "BLEU scores of 13.42, 15.93, and 12.07", "1.03-2.4x", "5.2%-21.8%".
        var pairs = new List<(Group A, Group B)>();
        foreach (var m in InSentence(ListedNumber(), sentence))
            pairs.Add((m.Groups["v"], m.Groups["next"]));
        foreach (var m in InSentence(NumberRange(), sentence))
            pairs.Add((m.Groups["v"], m.Groups["next"]));
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (a, b) in pairs)
            {
                var partnerOfA = found.FindIndex(f => f.Span.Start == b.Index);
                var partnerOfB = found.FindIndex(f => f.Span.Start == a.Index);
                var before = found.Count;
                if (partnerOfA >= 0 && partnerOfB < 0)
                    Add(a, a.Index + a.Length, found[partnerOfA].Unit, found[partnerOfA].Metric, "result-listed");
                else if (partnerOfB >= 0 && partnerOfA < 0)
                    Add(b, b.Index + b.Length, found[partnerOfB].Unit, found[partnerOfB].Metric, "result-listed");
                grew |= found.Count > before;
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var benchmarks = entities.Where(e => e.Kind is EntityKind.Benchmark or EntityKind.Dataset).ToList();
        var distributed = ResultScope.Respectively(sentence, found.ConvertAll(f => f.Span), benchmarks);
        var results = new List<ResultMention>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var (s, value, unit, metric, rule) = found[i];
            var metricWord = metric ?? NearestMetric(sentence, s);
            var benchmark = distributed[i] ?? ResultScope.Parenthesised(sentence, s, benchmarks) ?? ResultScope.InSameClause(sentence, s, benchmarks)
                ?? Nearest(benchmarks, s, _ => true);
            var model = Nearest(entities, s, k => k is EntityKind.Model or EntityKind.Method);
            var evidenceText = text[s.Start..s.End];
            results.Add(new ResultMention(value, unit, metricWord, benchmark, model, evidenceText, sentence.EvidenceFor(s, rule)));
        }

        return results;
    }

    /// <summary>True when the sentence holds a digit; sentences without one state no number to recognise.</summary>
    internal static bool HasDigit(Sentence sentence) => sentence.FieldText.AsSpan(sentence.Span.Start, sentence.Span.Length).ContainsAnyInRange('0', '9');

    // The metric named right before a link: "accuracy of 72.1", and past a score word, "BLEU scores of 13.42".
    private string? MetricBefore(string text, int end, int limit)
    {
        if (WordBefore(text, end, limit) is not { Length: > 0 } word)
            return null;
        if (lexicon.Metric(word) is { } metric)
            return metric;
        if (!word.StartsWith("score", StringComparison.OrdinalIgnoreCase))
            return null;
        var start = end - word.Length - 1;
        return start > limit && text[start] == ' ' && WordBefore(text, start, limit) is { Length: > 0 } previous ? lexicon.Metric(previous) : null;
    }

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

    // "sparsity ratios (e.g., 25-30%)": a percentage a few words after a setting word sets up the experiment.
    private static bool AfterSettingWord(string text, int start, int limit)
    {
        var from = Math.Max(limit, start - 32);
        var before = text.AsSpan(from, start - from);
        return before.Contains("sparsity", StringComparison.OrdinalIgnoreCase) || before.Contains("pruning ratio", StringComparison.OrdinalIgnoreCase)
            || before.Contains("mask ratio", StringComparison.OrdinalIgnoreCase);
    }

    // "8x A100", "8xA800 GPUs": a factor followed by hardware counts devices; "6 times fewer tokens" sizes the training.
    private static bool FollowedByCount(string text, int end, int limit)
    {
        var rest = text.AsSpan(end, Math.Min(limit - end, 24)).TrimStart();
        if (rest.Length >= 2 && char.IsAsciiLetterUpper(rest[0]) && (char.IsAsciiDigit(rest[1]) || rest.StartsWith("GPU", StringComparison.Ordinal)))
            return true;
        return rest.StartsWith("more data", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("larger", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("more parameters", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("the size", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("more computation", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("computational", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("fewer parameters", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("more training", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("fewer tokens", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("more tokens", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("fewer training", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("less data", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("less training", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?<![\w.])(?<a>\d+(?:\.\d+)?)\s?(?:\\?%\s?)?(?:\\?rightarrow|→|->|⇒|=>|⟶)\s?(?<b>\d+(?:\.\d+)?)(?<pct>\s?\\?%)?")]
    private static partial Regex Arrow();

    // A number may follow an arrow word left by a stripped LaTeX symbol: "TabFact(uparrow2.31%)".
    [GeneratedRegex(@"(?:(?<=(?:up|down)arrow)|(?<![\w.]))(?<v>\d+(?:\.\d+)?)\s?(?:\\?%|\s?percent\b)")]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?:(?<=(?:up|down)arrow)|(?<![\w.]))(?<v>\d+(?:\.\d+)?)(?:\s?(?:x|×|times)(?![\w])|-?\s?fold\b)|\\?times\s?(?<v>\d+(?:\.\d+)?)(?!\w|\.\d)")]
    private static partial Regex Factor();

    // "outperforms DPO by up to 6.4 points on AlpacaEval 2": a score difference in points.
    [GeneratedRegex(@"(?<![\w.,])(?<v>\d+(?:\.\d+)?)\s(?:percentage\s)?points?\b")]
    private static partial Regex Points();

    // "1,000 tokens/sec", "35 tokens per second": a throughput.
    [GeneratedRegex(@"(?<![\w.,])(?<v>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?tokens?\s?(?:/\s?s(?:ec(?:ond)?)?|per\ssecond)\b")]
    private static partial Regex Throughput();

    // "from 29.1 to 32.0", "from 41% to 58%": both ends of a change; a bare pair of whole numbers needs a metric nearby.
    [GeneratedRegex(@"\bfrom\s(?<a>\d+(?:\.\d+)?)(?:\s?\\?%)?\sto\s(?<b>\d+(?:\.\d+)?)(?<pct>\s?\\?%)?(?!\w|\.\d)")]
    private static partial Regex FromTo();

    // "+4.6 on MLVU": a signed gain right before the benchmark it was measured on.
    [GeneratedRegex(@"(?<![\w.])\+(?<v>\d+(?:\.\d+)?)(?![\w.%])\s(?:on|in)\s")]
    private static partial Regex SignedGain();

    // "1.03-2.4x", "20-25x", "5.2%-21.8%": the lower end of a range; the upper end carries the unit.
    [GeneratedRegex(@"(?<![\w.,-])(?<v>\d+(?:\.\d+)?)(?:\s?\\?%)?\s?(?:-|–|—|~)\s?(?=(?<next>\d+(?:\.\d+)?))")]
    private static partial Regex NumberRange();

    [GeneratedRegex(@"(?<![\w.,])(?<v>\d+(?:\.\d+)?)\s(?:points?\s|pp\s)?(?:in\s|on\s|of\s)?(?<w>[A-Za-z][\w@-]*)")]
    private static partial Regex NumberThenWord();

    // "accuracy of 72.1", "F1 = 63.2": the pattern starts at the link so the engine can skip ahead to it; the
    // metric word before it is read by WordBefore instead of by a leading word pattern tried at every letter.
    [GeneratedRegex(@"\s(?:of|=|:|is|reaches|reaching)\s(?<v>\d+(?:\.\d+)?)(?!\w|\.\d)")]
    private static partial Regex LinkThenNumber();

    [GeneratedRegex(@"(?<![\w.,])(?<v>\d+(?:\.\d+)?)(?:\s?\\?%)?\s?(?:,|and|or|,\sand)\s(?=(?<next>\d+(?:\.\d+)?))")]
    private static partial Regex ListedNumber();
}
