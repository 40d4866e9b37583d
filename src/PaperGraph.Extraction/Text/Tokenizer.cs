namespace PaperGraph.Extraction.Text;

/// <summary>
/// Splits text into word tokens that keep name-internal punctuation together
/// ("Mistral-7B-Instruct-v0.2", "32,768", "ALR^2", "N:M") and drop web addresses.
/// </summary>
public static class Tokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> within <paramref name="range"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, TextSpan range, List<TextSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var i = range.Start;
        while (i < range.End)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            if (StartsWebAddress(text, i))
            {
                while (i < range.End && !char.IsWhiteSpace(text[i]))
                    i++;
                continue;
            }

            var start = i;
            while (i < range.End && (IsWordChar(text[i]) || IsInnerJoiner(text, i, range.End)))
                i++;
            // "E.T." keeps its last period: initials are one word.
            if (i < range.End && text[i] == '.' && i - start >= 3 && text[i - 2] == '.' && char.IsUpper(text[i - 1]))
                i++;
            var end = StripPossessive(text, start, i);
            tokens.Add(new TextSpan(start, end));
        }
    }

    /// <summary>The tokens of a whole text.</summary>
    public static List<TextSpan> Tokenize(string text)
    {
        var tokens = new List<TextSpan>();
        Tokenize(text, new TextSpan(0, text.Length), tokens);
        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    // A joiner belongs to the token only between two word characters, so "LLaMA-2," ends before the comma.
    private static bool IsInnerJoiner(string text, int i, int end)
    {
        if (i == 0 || i + 1 >= end)
            return false;
        var previous = text[i - 1];
        var next = text[i + 1];
        return text[i] switch
        {
            '-' or '_' or '^' or '+' or '@' or '&' => IsWordChar(previous) && IsWordChar(next),
            '.' => IsWordChar(previous) && IsWordChar(next),
            ',' => char.IsDigit(previous) && char.IsDigit(next) && i + 3 < end && char.IsDigit(text[i + 3]) && char.IsDigit(text[i + 2]),
            // "N:M", "2:4" are one token; "SWIFT:A Scalable ..." is a title head missing its space.
            ':' => (char.IsDigit(previous) && char.IsDigit(next)) || (char.IsUpper(previous) && char.IsUpper(next) && (i < 2 || !char.IsLetter(text[i - 2]))),
            '\'' or '\u2019' => char.IsLetter(previous) && char.IsLetter(next),
            _ => false,
        };
    }

    private static int StripPossessive(string text, int start, int end)
    {
        if (end - start > 2 && (text[end - 1] is 's' or 'S') && text[end - 2] is '\'' or '\u2019')
            return end - 2;
        return end;
    }

    private static bool StartsWebAddress(string text, int i)
    {
        if (text[i] is not ('h' or 'H' or 'g' or 'G' or 'w' or 'W'))
            return false;
        var rest = text.AsSpan(i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("github.com/", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }
}
