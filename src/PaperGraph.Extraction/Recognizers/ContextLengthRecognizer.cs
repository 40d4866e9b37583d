using System.Text.RegularExpressions;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>A token length found in a sentence, before its subject is attached.</summary>
public sealed record LengthMatch(Sentence Sentence, TextSpan Span, string Text, long Tokens, string Rule)
{
    /// <summary>True when the length is the start of a "from A to B" range ("extend ... from 4K to 400K").</summary>
    public bool IsRangeStart { get; init; }
}

/// <summary>
/// Recognises context lengths in tokens: "128K", "1M", "32,768 tokens", "1 million context window",
/// both ends of "1-3k tokens", and bare powers of two next to "context length". Skips lengths in words
/// or characters, counts of samples or other things, and amounts of training data.
/// </summary>
public static partial class ContextLengthRecognizer
{
    private static readonly HashSet<string> OtherUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "samples", "sample", "examples", "instances", "questions", "question", "pairs", "videos", "images", "documents", "docs",
        "hours", "h", "steps", "words", "word", "characters", "chars", "character", "lines", "dialogues", "tasks", "problems",
        "stars", "users", "gpus", "parameters", "params", "parameter", "instructions", "queries", "articles", "books",
        "conversations", "records", "entries", "annotations", "prompts", "trajectories", "files", "sentences", "papers",
        "utterances", "demonstrations", "shots", "items", "tables", "clips", "frames", "rows", "labels", "classes", "vocabulary",
        "downloads", "citations", "pages", "seconds", "minutes", "images", "photos", "repositories", "apis", "tools", "functions",
        "programs", "scenes", "agents", "nodes", "edges", "triples", "facts", "passages", "chunks", "responses", "answers",
        "dialogs", "turns", "cases", "patients", "notes", "reports", "posts", "reviews", "molecules", "proteins", "iterations",
        "epochs", "updates", "bytes", "hrs", "videos", "tests", "test", "participants", "annotators", "rules", "categories",
        "languages", "speakers", "recordings", "problems", "puzzles", "games", "episodes", "texts", "data", "training",
        "judgments", "judgements", "ratings", "votes", "comparisons", "preferences", "dollars", "usd", "flops", "bits",
    };

    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "to", "with", "in", "on", "for", "of", "from", "at", "by", "per", "than", "while", "which", "that",
    };

    private static readonly HashSet<string> LengthWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "context", "length", "lengths", "window", "windows", "sequence", "sequences", "tokens", "input", "inputs",
    };

    // Words that settle that a number counts tokens of one input; "context" alone does not ("3k long context QA pairs").
    private static readonly HashSet<string> DecisiveLengthWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "length", "lengths", "window", "windows", "tokens", "token",
    };

    // Money and compute are not lengths: "a budget of 100K", "$100K".
    private static readonly string[] AmountCues = ["vocabulary", "trained on", "$", "budget"];

    /// <summary>The token lengths stated in <paramref name="sentence"/>, in text order.</summary>
    public static List<LengthMatch> Find(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<LengthMatch>();
        if (!ResultRecognizer.HasDigit(sentence))
            return found;
        var text = sentence.FieldText;
        var span = sentence.Span;
        foreach (var m in ResultRecognizer.InSentence(SharedUnitRange(), sentence))
        {
            var unit = m.Groups["u"].Value;
            AddIfLength(found, sentence, m.Groups["a"], unit, m.Index + m.Length, "length-range");
            AddIfLength(found, sentence, m.Groups["b"], unit, m.Index + m.Length, "length-range");
        }

        foreach (var m in ResultRecognizer.InSentence(Magnitude(), sentence))
        {
            if (found.Any(f => f.Span.Overlaps(new TextSpan(m.Index, m.Index + m.Length))))
                continue;
            var isWord = m.Groups["u"].Length > 1;
            if (isWord && !FollowedBy(text, m.Index + m.Length, span.End, LengthWords) && !AfterLengthOf(text, m.Index, span.Start))
                continue;
            AddIfLength(found, sentence, m.Groups["n"], m.Groups["u"].Value, m.Index + m.Length, isWord ? "length-magnitude-word" : "length-magnitude");
        }

        foreach (var m in ResultRecognizer.InSentence(Counted(), sentence))
        {
            if (found.Any(f => f.Span.Overlaps(new TextSpan(m.Index, m.Index + m.Length))))
                continue;
            AddIfLength(found, sentence, m.Groups["n"], string.Empty, m.Index + m.Length, "length-tokens");
        }

        foreach (var m in ResultRecognizer.InSentence(PowerOfTwo(), sentence))
        {
            if (found.Any(f => f.Span.Overlaps(new TextSpan(m.Index, m.Index + m.Length))) || !NearLengthWord(sentence))
                continue;
            AddIfLength(found, sentence, m.Groups["n"], string.Empty, m.Index + m.Length, "length-power-of-two");
        }

        if (MeasuresInWords(sentence))
            found.RemoveAll(f => f.Rule == "length-magnitude");
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        MarkRangeStarts(found);
        return found;
    }

    private static void AddIfLength(List<LengthMatch> found, Sentence sentence, Group number, string unit, int end, string rule)
    {
        var text = sentence.FieldText;
        var limit = sentence.Span.End;
        var rangeEnd = RangeEnd(text, end, limit);
        if (CountsOtherThings(text, rangeEnd, limit) || (rangeEnd != end && EndsInBillions(text, rangeEnd)) || PrecededByDataAmount(text, number.Index, sentence.Span.Start)
            || (text.AsSpan(sentence.Span.Start, end - sentence.Span.Start).EndsWith("token", StringComparison.OrdinalIgnoreCase) && IsRate(text, end, limit))
            || (text.AsSpan(sentence.Span.Start, end - sentence.Span.Start).EndsWith("tokens", StringComparison.OrdinalIgnoreCase) && IsRate(text, end, limit)))
            return;
        var multiplier = Quantity.Multiplier(unit) ?? 1;
        if (!Quantity.TryParse(number.ValueSpan, out var value))
            return;
        var tokens = (long)Math.Round(value * multiplier);
        // Lengths are at least a few hundred tokens; a trillion-token figure is training data.
        if (tokens < 100 || tokens >= 1_000_000_000)
            return;
        var spanEnd = unit.Length == 1 && number.Index + number.Length < text.Length && text.AsSpan(number.Index + number.Length).StartsWith(unit, StringComparison.Ordinal)
            ? number.Index + number.Length + 1
            : number.Index + number.Length;
        var span = new TextSpan(number.Index, spanEnd);
        if (found.Any(f => f.Span == span))
            return;
        found.Add(new LengthMatch(sentence, span, text[span.Start..span.End], tokens, rule));
    }

    // "a context length of up to 1 million": the length word may come before the magnitude word.
    private static bool AfterLengthOf(string text, int start, int limit)
    {
        var from = Math.Max(limit, start - 40);
        var before = text.AsSpan(from, start - from);
        var of = before.LastIndexOf("length of ", StringComparison.OrdinalIgnoreCase);
        if (of < 0)
            return false;
        var rest = before[(of + "length of ".Length)..].Trim();
        return rest.IsEmpty || rest is "up to" or "over" or "more than" or "at least" or "nearly" or "about";
    }

    // "parameters ranging from 125M to 176B": a range ending in billions counts parameters, not tokens.
    private static bool EndsInBillions(string text, int rangeEnd) =>
        rangeEnd >= 2 && (text[rangeEnd - 1] is 'B' or 'b' && char.IsAsciiDigit(text[rangeEnd - 2])
            || text.AsSpan(0, rangeEnd).EndsWith("billion", StringComparison.OrdinalIgnoreCase));

    // "from 33M to 3B parameters", "from 2k to 32k words": the start of a range is counted in the unit written after its end.
    private static int RangeEnd(string text, int end, int limit)
    {
        var i = end;
        while (i < limit && text[i] == ' ')
            i++;
        if (i + 1 < limit && text[i] is 't' && text[i + 1] is 'o' && i + 2 < limit && text[i + 2] == ' ')
            i += 3;
        else if (i < limit && text[i] is '-' or '\u2013' or '~')
            i++;
        else
            return end;
        while (i < limit && text[i] == ' ')
            i++;
        var digits = i;
        while (i < limit && (char.IsAsciiDigit(text[i]) || text[i] is '.' or ','))
            i++;
        if (i == digits)
            return end;
        while (i < limit && char.IsAsciiLetter(text[i]) && i - digits < 12)
            i++;
        return i;
    }

    private static void MarkRangeStarts(List<LengthMatch> found)
    {
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var s = found[i].Sentence;
            var between = s.FieldText.AsSpan(found[i].Span.End, Math.Max(0, found[i + 1].Span.Start - found[i].Span.End));
            var before = s.FieldText.AsSpan(Math.Max(s.Span.Start, found[i].Span.Start - 6), Math.Min(6, found[i].Span.Start - s.Span.Start));
            if (before.Contains("from ", StringComparison.OrdinalIgnoreCase) && between.Trim().EndsWith("to", StringComparison.OrdinalIgnoreCase))
                found[i] = found[i] with { IsRangeStart = true };
        }
    }

    // "3k long context question-answer pairs": the counted noun may come a few words later, before any punctuation.
    private static bool CountsOtherThings(string text, int end, int limit)
    {
        var i = end;
        for (var word = 0; word < 4 && i < limit; word++)
        {
            while (i < limit && text[i] is ' ' or '+' or '\u00a0')
                i++;
            var start = i;
            while (i < limit && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
                i++;
            if (i == start)
                return false;
            var w = text.AsSpan(start, i - start);
            var lastPart = w.LastIndexOf('-') is var dash and >= 0 ? w[(dash + 1)..] : w;
            // "a 2k training context window": a counted noun that only modifies a length word counts nothing.
            if (OtherUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lastPart))
                return !NextWordIsLength(text, i, limit);
            if (DecisiveLengthWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lastPart))
                return IsRate(text, i, limit);
            if (Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
                return false;
        }

        return false;
    }

    private static bool NextWordIsLength(string text, int i, int limit)
    {
        while (i < limit && text[i] == ' ')
            i++;
        var start = i;
        while (i < limit && char.IsLetter(text[i]))
            i++;
        var next = text.AsSpan(start, i - start);
        return next.Equals("context", StringComparison.OrdinalIgnoreCase) || next.Equals("sequence", StringComparison.OrdinalIgnoreCase)
            || DecisiveLengthWords.Contains(next);
    }

    // The word after the number ("7.3K samples", "256k words") tells what was counted.
    private static bool FollowedBy(string text, int end, int limit, HashSet<string> words)
    {
        var i = end;
        while (i < limit && (text[i] is ' ' or '+' or '-' or '\u00a0'))
            i++;
        var start = i;
        while (i < limit && char.IsLetter(text[i]))
            i++;
        return i > start && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, i - start));
    }

    // "1,000 tokens/second" and "tokens per second" are a speed, not a length.
    private static bool IsRate(string text, int end, int limit)
    {
        var rest = text.AsSpan(end, Math.Min(12, limit - end));
        return rest.StartsWith("/", StringComparison.Ordinal) || rest.TrimStart().StartsWith("per s", StringComparison.OrdinalIgnoreCase);
    }

    // "a vocabulary size from the conventional 32K to 43K", "a budget of 100K": an amount named earlier in the clause.
    private static bool PrecededByDataAmount(string text, int start, int limit)
    {
        var from = Math.Max(limit, start - 64);
        var before = text.AsSpan(from, start - from);
        var clause = before.LastIndexOfAny(".;:");
        if (clause >= 0)
            before = before[(clause + 1)..];
        if (before.Contains("context", StringComparison.OrdinalIgnoreCase) || before.Contains("sequence", StringComparison.OrdinalIgnoreCase))
            return false;
        foreach (var cue in AmountCues)
        {
            if (before.Contains(cue, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    // "five length levels (16k, 32k, ... 256k) reaching up to 256k words": a sentence that counts in words and
    // never in tokens gives its bare K values in words too.
    private static bool MeasuresInWords(Sentence sentence)
    {
        var text = sentence.FieldText.AsSpan(sentence.Span.Start, sentence.Span.Length);
        return InWords().IsMatch(text) && !text.Contains("token", StringComparison.OrdinalIgnoreCase);
    }

    // "training on the context length of 8192 needs 16x the cost of 2048": the sentence is about lengths.
    private static bool NearLengthWord(Sentence sentence)
    {
        var window = sentence.FieldText.AsSpan(sentence.Span.Start, sentence.Span.Length);
        return window.Contains("length", StringComparison.OrdinalIgnoreCase) || window.Contains("context", StringComparison.OrdinalIgnoreCase)
            || window.Contains("window", StringComparison.OrdinalIgnoreCase) || window.Contains("tokens", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?<![\w.,-])(?<a>\d+(?:\.\d+)?)\s?[-–~]\s?(?<b>\d+(?:\.\d+)?)\s?(?<u>[kK]|M)(?![\w])")]
    private static partial Regex SharedUnitRange();

    // "128K", "1.5M", and "1,024K" with a thousands separator.
    [GeneratedRegex(@"(?<![\w.,])(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<u>[kK]|M|[Mm]illion|[Tt]housand)(?![\w])")]
    private static partial Regex Magnitude();

    [GeneratedRegex(@"(?<![\w.,])(?<n>\d{1,3}(?:,\d{3})+|\d{3,7})\s?-?\s?tokens?\b")]
    private static partial Regex Counted();

    [GeneratedRegex(@"(?<![\w.,])(?<n>256|512|1024|2048|4096|8192|16384|32768|65536|131072|262144|524288|1048576)(?![\w,]|\.\d)")]
    private static partial Regex PowerOfTwo();

    [GeneratedRegex(@"\d[kKM]\s(?:words|characters|chars)\b")]
    private static partial Regex InWords();
}
