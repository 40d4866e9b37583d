using System.Text.RegularExpressions;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Recognizers;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// Attaches what the text states about a model: its parameter count ("Llama2-7B", "540B parameter PaLM",
/// "LLaMa, a 7B parameter model") and its context window ("GPT-4-128K", "GPT-4 with 128k context length",
/// "extend Llama-2-7B from 4K to 400K", "2048 for LLaMa").
/// </summary>
public static partial class ModelFacts
{
    /// <summary>Sets <see cref="NameGroup.Params"/> and <see cref="NameGroup.ContextWindow"/> on the model groups.</summary>
    public static void Attach(IReadOnlyList<NameGroup> groups, IReadOnlyList<LengthMatch> lengths)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(lengths);
        foreach (var group in groups.Where(g => g.Kind == EntityKind.Model))
        {
            group.Params = NameShape.ParamsInName(group.Name) ?? group.Mentions.Select(m => ParamsNear(m)).FirstOrDefault(p => p is not null);
            group.ContextWindow = NameShape.WindowInName(group.Name);
            foreach (var mention in group.Mentions)
            {
                if (group.ContextWindow is not null)
                    break;
                group.ContextWindow = WindowNear(mention, lengths);
            }
        }
    }

    /// <summary>The length stated as the model's window in the mention's sentence, if any.</summary>
    public static long? WindowNear(NameMention mention, IReadOnlyList<LengthMatch> lengths)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(lengths);
        var s = mention.Sentence;
        foreach (var length in lengths)
        {
            if (length.Sentence != s)
                continue;
            if (mention.Span.Start <= length.Span.Start && length.Span.End <= mention.Span.End)
                return length.Tokens;
            var after = length.Span.Start >= mention.Span.End;
            var between = after
                ? s.FieldText.AsSpan(mention.Span.End, length.Span.Start - mention.Span.End)
                : s.FieldText.AsSpan(length.Span.End, Math.Max(0, mention.Span.Start - length.Span.End));
            // "MechGPT ... reaching context lengths of more than 10,000 tokens": the stated window may come late in the clause.
            if (after && between.Length <= 160 && WindowOf().IsMatch(between))
                return length.Tokens;
            if (between.Length > 60)
                continue;
            // "extend Llama-2-7B's context length from 4K to 400K": the start of the range is the model's own window;
            // "applied to Mistral-7B from 128K to 512K" says nothing about the model's window.
            var following = s.FieldText.AsSpan(length.Span.End, Math.Min(24, s.Span.End - length.Span.End));
            if (after && length.IsRangeStart && (IsWindowWord(between) || WindowWord().IsMatch(following)))
                return length.Tokens;
            if (after && WithWindow().IsMatch(between) && WindowWord().IsMatch(following))
                return length.Tokens;
            if (!after && ForModel().IsMatch(between))
                return length.Tokens;
        }

        return null;
    }

    private static bool IsWindowWord(ReadOnlySpan<char> text) =>
        text.Contains("context", StringComparison.OrdinalIgnoreCase) || text.Contains("window", StringComparison.OrdinalIgnoreCase);

    /// <summary>The parameter count the mention's sentence states right before or after it ("With 360 million parameters, Cappy"), else null.</summary>
    internal static long? ParamsNear(NameMention mention)
    {
        var s = mention.Sentence;
        var before = s.FieldText.AsSpan(Math.Max(s.Span.Start, mention.Span.Start - 30), Math.Min(30, mention.Span.Start - s.Span.Start));
        var after = s.FieldText.AsSpan(mention.Span.End, Math.Min(40, s.Span.End - mention.Span.End));
        foreach (var m in ParamsBefore().EnumerateMatches(before))
        {
            if (m.Index + m.Length == before.Length)
                return Count(before.Slice(m.Index, m.Length));
        }

        foreach (var m in ParamsAfter().EnumerateMatches(after))
        {
            if (m.Index == 0)
                return Count(after.Slice(m.Index, m.Length));
        }

        return null;
    }

    private static long? Count(ReadOnlySpan<char> text)
    {
        var m = SizeValue().Match(text.ToString());
        return m.Success && Quantity.TryParseCount(m.Groups["n"].Value + " " + m.Groups["u"].Value, out var count) ? count : null;
    }

    [GeneratedRegex(@"(?:with|has|of)\s(?:a\s|an\s)?$|^\s?(?:with|has|of)\s")]
    private static partial Regex WithWindow();

    [GeneratedRegex(@"^[\s-]*(?:tokens?\s)?(?:context|window|input|sequence)")]
    private static partial Regex WindowWord();

    [GeneratedRegex(@"context\s(?:window|length|size)s?\s(?:of|is|=)\s(?:(?:up\sto|more\sthan|over|at\sleast)\s)?$")]
    private static partial Regex WindowOf();

    [GeneratedRegex(@"^\s?(?:tokens\s)?for\s$")]
    private static partial Regex ForModel();

    [GeneratedRegex(@"\d+(?:\.\d+)?\s?(?:[BM]|billion|million)[\s-]param(?:eter)?s?,?\s(?:\w+\s)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ParamsBefore();

    [GeneratedRegex(@"^(?:,\s(?:a|an|the)\s|\s(?:with|has)\s|\s\()(?:\w+\s)?\d+(?:\.\d+)?\s?(?:[BM]|billion|million)[\s-]param", RegexOptions.IgnoreCase)]
    private static partial Regex ParamsAfter();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s?(?<u>[BM]|billion|million)", RegexOptions.IgnoreCase)]
    private static partial Regex SizeValue();
}
