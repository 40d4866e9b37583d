using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// The parts of a sentence that state one evaluation each: a sentence splits at semicolons, at "e.g."/"i.e."
/// asides and at enumerators ("(1)", "ii)"), so a benchmark listed in one part is not paired with a model
/// that only another part evaluates.
/// </summary>
internal static class EvaluationScope
{
    /// <summary>True when no scope break lies between the two spans.</summary>
    public static bool SameScope(Sentence sentence, TextSpan a, TextSpan b)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var start = Math.Min(a.End, b.End);
        var end = Math.Max(a.Start, b.Start);
        if (end <= start)
            return true;
        var between = sentence.FieldText.AsSpan(start, end - start);
        return !between.Contains(';') && !between.Contains("e.g.", StringComparison.OrdinalIgnoreCase)
            && !between.Contains("i.e.", StringComparison.OrdinalIgnoreCase) && !HasEnumerator(between);
    }

    // "(2)", "2)", "(ii)", "iii)": a list item starts a new statement.
    private static bool HasEnumerator(ReadOnlySpan<char> text)
    {
        for (var close = text.IndexOf(')'); close >= 0; close = NextClose(text, close))
        {
            var open = close - 1;
            while (open >= 0 && (char.IsAsciiDigit(text[open]) || text[open] is 'i' or 'v' or 'x'))
                open--;
            // "(2)", "ii)"; not a year in parentheses ("(April 2024)").
            var inner = close - open - 1;
            var digits = inner > 0 && char.IsAsciiDigit(text[close - 1]);
            if (inner >= 1 && inner <= (digits ? 2 : 4) && (open < 0 || text[open] is '(' or ' '))
                return true;
        }

        return false;
    }

    private static int NextClose(ReadOnlySpan<char> text, int after)
    {
        var next = text[(after + 1)..].IndexOf(')');
        return next < 0 ? -1 : after + 1 + next;
    }
}
