using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Relations;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>
/// Decides which benchmark a reported number belongs to by the sentence's structure rather than by raw distance:
/// "8.4 and 7.9 EM on HotpotQA and SQuAD, respectively" pairs them in order, and "27.28 on ToolBench and 30.5 on
/// ToolBank" keeps each number with the benchmark of its own clause.
/// </summary>
internal static class ResultScope
{
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "while", "whereas", "but", "respectively", "compared", "versus", "vs", "than",
    };

    /// <summary>
    /// For a sentence ending a list of numbers and a list of benchmarks with "respectively", the benchmark of each
    /// number in order; null entries elsewhere.
    /// </summary>
    public static string?[] Respectively(Sentence sentence, List<TextSpan> numbers, IReadOnlyList<TypedMention> benchmarks)
    {
        var result = new string?[numbers.Count];
        var text = sentence.FieldText;
        var at = text.IndexOf("respectively", sentence.Span.Start, sentence.Span.Length, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || numbers.Count < 2)
            return result;
        var before = new List<int>();
        for (var i = 0; i < numbers.Count; i++)
        {
            if (numbers[i].End <= at)
                before.Add(i);
        }

        if (before.Count < 2)
            return result;
        var listStart = numbers[before[0]].Start;
        var named = benchmarks.Where(b => b.Mention.Span.Start > listStart && b.Mention.Span.End <= at).ToList();
        // "scores of 13.4, 15.9 and 12.1, respectively, on A, B and C": the benchmarks may follow the word,
        // and "on A and B, it surpasses baselines by 11.9 and 8.5 points, respectively" names them first.
        if (named.Count == 0)
            named = [.. benchmarks.Where(b => b.Mention.Span.Start > at).Take(before.Count)];
        if (named.Count == 0)
            named = [.. benchmarks.Where(b => b.Mention.Span.End <= listStart).TakeLast(before.Count)];
        // Two lists of numbers for one list of benchmarks ("BLEU of a, b and chrF of c, d") pair up in turn.
        if (named.Count == 0 || before.Count % named.Count != 0)
            return result;
        for (var k = 0; k < before.Count; k++)
            result[before[k]] = named[k % named.Count].Name;
        return result;
    }

    /// <summary>The benchmark of the number's own clause, the nearest one before it first, else the nearest after it; null when none.</summary>
    public static string? InSameClause(Sentence sentence, TextSpan number, IReadOnlyList<TypedMention> benchmarks)
    {
        var (start, end) = Clause(sentence, number);
        TypedMention? before = null;
        TypedMention? after = null;
        foreach (var b in benchmarks)
        {
            var span = b.Mention.Span;
            if (span.Start < start || span.End > end)
                continue;
            if (span.End <= number.Start)
                before = b;
            else if (span.Start >= number.End && after is null)
                after = b;
        }

        return (before ?? after)?.Name;
    }

    /// <summary>
    /// Settles the results against the whole paper: a title figure the abstract repeats is one result, and in a
    /// paper introducing exactly one benchmark a figure whose sentence names no benchmark is measured on it
    /// ("a dramatic decrease in accuracy from 63.31% to 39%" in the CLR-Bench paper).
    /// </summary>
    public static List<ResultMention> InPaper(List<ResultMention> results, IReadOnlyList<NameGroup> groups)
    {
        var kept = results.Where(r => r.Evidence.Field != TextField.Title
            || !results.Exists(o => o.Evidence.Field != TextField.Title && o.Value.Equals(r.Value) && o.Unit == r.Unit)).ToList();
        var introduced = groups.Where(g => g.Introduced && g.Kind == EntityKind.Benchmark).Take(2).ToList();
        if (introduced.Count != 1)
            return kept;
        var own = introduced[0];
        return kept.ConvertAll(r => r.Benchmark is null && !SentenceNamesData(r, groups) ? r with { Benchmark = own.Name } : r);
    }

    private static bool SentenceNamesData(ResultMention result, IReadOnlyList<NameGroup> groups) =>
        groups.Any(g => g.Kind is EntityKind.Benchmark or EntityKind.Dataset
            && g.Mentions.Exists(m => m.Sentence.Field == result.Evidence.Field && m.Sentence.Span.Start <= result.Evidence.Start && result.Evidence.End <= m.Sentence.Span.End));

    /// <summary>The benchmark a parenthesis holding the number is attached to: "TabFact (uparrow2.31%)"; null when none.</summary>
    public static string? Parenthesised(Sentence sentence, TextSpan number, IReadOnlyList<TypedMention> benchmarks)
    {
        var text = sentence.FieldText;
        var open = text.LastIndexOfAny(['(', ')'], number.Start, number.Start - sentence.Span.Start);
        if (open < 0 || text[open] != '(')
            return null;
        foreach (var b in benchmarks)
        {
            var span = b.Mention.Span;
            if (span.End <= open && text.AsSpan(span.End, open - span.End).IsWhiteSpace())
                return b.Name;
        }

        return null;
    }

    // The clause is bounded by punctuation and by words that join clauses; tokens give word boundaries.
    private static (int Start, int End) Clause(Sentence sentence, TextSpan number)
    {
        var text = sentence.FieldText;
        var start = sentence.Span.Start;
        var end = sentence.Span.End;
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            var token = sentence.Tokens[i];
            var gapStart = i == 0 ? sentence.Span.Start : sentence.Tokens[i - 1].End;
            var boundary = IsBoundary(text.AsSpan(gapStart, token.Start - gapStart)) ? gapStart : -1;
            if (ClauseWords.Contains(sentence.Token(i)))
                boundary = token.Start;
            if (boundary < 0)
                continue;
            if (boundary <= number.Start)
                start = boundary;
            else if (boundary >= number.End)
            {
                end = boundary;
                break;
            }
        }

        return (start, end);
    }

    private static bool IsBoundary(ReadOnlySpan<char> gap) => gap.ContainsAny(",;:()");
}
