namespace PaperGraph.Extraction.Recognizers;

/// <summary>
/// Decides whether a long form spells out a short form, after Schwartz and Hearst (2003): the short
/// form's letters are found right to left in the long form and its first letter starts a word.
/// A digit after a letter repeats it ("M4LE" is M, M, M, M, L, E), a common acronym convention.
/// </summary>
public static class AcronymMatcher
{
    /// <summary>
    /// Where in <paramref name="longForm"/> the shortest matching expansion of <paramref name="shortForm"/>
    /// starts, or -1 when the long form does not spell it out.
    /// </summary>
    public static int MatchStart(ReadOnlySpan<char> shortForm, ReadOnlySpan<char> longForm)
    {
        Span<char> letters = stackalloc char[64];
        var count = Letters(shortForm, letters, expandDigits: true);
        var start = count >= 2 ? Match(letters[..count], longForm) : -1;
        if (start >= 0)
            return start;
        count = Letters(shortForm, letters, expandDigits: false);
        start = count >= 2 ? Match(letters[..count], longForm) : -1;
        if (start >= 0 || !HasInnerDigit(shortForm))
            return start;
        // "DLLM4Rec" spells "Discriminative LLM for Recommendation": 4 reads "for" and 2 reads "to".
        count = Letters(shortForm, letters, expandDigits: false, digitsAsWords: true);
        return count >= 2 ? Match(letters[..count], longForm) : -1;
    }

    private static bool HasInnerDigit(ReadOnlySpan<char> word)
    {
        for (var i = 1; i + 1 < word.Length; i++)
        {
            if (word[i] is '2' or '4' && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]))
                return true;
        }

        return false;
    }

    /// <summary>
    /// True when the capitals of <paramref name="shortForm"/> are, in order, the initials of words of
    /// <paramref name="longForm"/>, the first word giving the first capital and the last word the last
    /// ("LooGLE" and "Long Context Generic Language Evaluation"); other words may be skipped.
    /// </summary>
    public static bool MatchesInitials(ReadOnlySpan<char> shortForm, ReadOnlySpan<char> longForm)
    {
        Span<char> capitals = stackalloc char[64];
        var count = 0;
        for (var i = 0; i < shortForm.Length && count < capitals.Length; i++)
        {
            var c = shortForm[i];
            if (char.IsUpper(c))
                capitals[count++] = char.ToLowerInvariant(c);
            else if (char.IsDigit(c) && c > '1' && count > 0 && i > 0 && char.IsUpper(shortForm[i - 1]))
            {
                for (var r = 0; r < c - '1' && count < capitals.Length; r++)
                    capitals[count] = capitals[count++ - 1];
            }
        }

        if (count < 2)
            return false;
        var next = 0;
        var lastWordMatched = false;
        var first = true;
        foreach (var range in longForm.SplitAny(" -,&/"))
        {
            var word = longForm[range];
            if (word.IsEmpty)
                continue;
            lastWordMatched = next < count && char.ToLowerInvariant(word[0]) == capitals[next];
            if (lastWordMatched)
                next++;
            else if (first)
                return false;
            first = false;
        }

        return next == count && lastWordMatched;
    }

    private static int Match(ReadOnlySpan<char> letters, ReadOnlySpan<char> longForm)
    {
        var l = longForm.Length - 1;
        for (var s = letters.Length - 1; s >= 0; s--)
        {
            var c = letters[s];
            while (l >= 0 && (char.ToLowerInvariant(longForm[l]) != c || (s == 0 && l > 0 && char.IsLetterOrDigit(longForm[l - 1]))))
                l--;
            if (l < 0)
                return -1;
            l--;
        }

        return l + 1;
    }

    private static int Letters(ReadOnlySpan<char> shortForm, Span<char> letters, bool expandDigits, bool digitsAsWords = false)
    {
        var count = 0;
        for (var i = 0; i < shortForm.Length && count < letters.Length; i++)
        {
            var c = shortForm[i];
            if (digitsAsWords && c is '2' or '4' && i > 0 && i + 1 < shortForm.Length && char.IsLetter(shortForm[i - 1]) && char.IsLetter(shortForm[i + 1]))
                letters[count++] = c == '4' ? 'f' : 't';
            else if (expandDigits && char.IsDigit(c) && c > '1' && i > 0 && char.IsLetter(shortForm[i - 1]))
            {
                var repeat = c - '0' - 1;
                for (var r = 0; r < repeat && count < letters.Length; r++)
                    letters[count++] = char.ToLowerInvariant(shortForm[i - 1]);
            }
            else if (char.IsLetterOrDigit(c))
            {
                letters[count++] = char.ToLowerInvariant(c);
            }
        }

        return count;
    }
}
