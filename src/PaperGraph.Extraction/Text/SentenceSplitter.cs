namespace PaperGraph.Extraction.Text;

/// <summary>Splits a text into sentences, keeping the character offsets of each.</summary>
public static class SentenceSplitter
{
    // Abbreviations whose final period never ends a sentence in abstracts.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "al", "etc", "vs", "cf", "fig", "eq", "sec", "approx", "resp", "no", "viz",
    };

    /// <summary>The sentence spans of <paramref name="text"/>, trimmed of surrounding white space.</summary>
    public static List<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(spans, text, start, i);
                start = i + 1;
            }
            else if ((c is '.' or '!' or '?') && EndsSentence(text, i))
            {
                Add(spans, text, start, i + 1);
                start = i + 1;
            }
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;
        if (next >= text.Length || !char.IsWhiteSpace(text[next]))
            return false;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
            next++;
        if (next >= text.Length)
            return true;
        var following = text[next];
        if (!char.IsUpper(following) && !char.IsDigit(following) && following is not ('(' or '"' or '`' or '\''))
            return false;
        if (text[i] != '.')
            return true;

        var wordStart = i;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
            wordStart--;
        var word = text.AsSpan(wordStart, i - wordStart);
        // "E.T. Bench" and "J. Smith": a single capital letter before the period is an initial.
        if (word.Length > 0 && char.IsUpper(word[^1]) && (word.Length == 1 || word[^2] == '.'))
            return false;
        return !Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void Add(List<TextSpan> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            spans.Add(new TextSpan(start, end));
    }
}
