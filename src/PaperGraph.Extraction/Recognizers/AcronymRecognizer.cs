using PaperGraph.Extraction.Lexicons;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>
/// Finds acronym and expansion pairs: "Needle-In-A-Haystack (NIAH)", "E.T. Bench (Event-Level ... Benchmark)",
/// "LooGLE, a Long Context Generic Language Evaluation benchmark" and title heads "ICL-D3IE: In-Context ...".
/// The expansion becomes the name and the acronym its alias.
/// </summary>
public sealed class AcronymRecognizer(Lexicon lexicon)
{
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

    /// <summary>Adds the expansions (each pointing at its acronym) and the acronyms of <paramref name="sentence"/>.</summary>
    public void Find(Sentence sentence, List<NameMention> mentions)
    {
        for (var k = 0; k < sentence.Tokens.Count; k++)
        {
            var opens = OpensParenthesis(sentence.GapBefore(k));
            if (opens && sentence.GapAfter(k).TrimStart().StartsWith(")"))
                FindParenthesized(sentence, k, mentions);
            else if (opens && k > 0)
                FindNameThenExpansion(sentence, k, mentions);
            else if (k + 1 < sentence.Tokens.Count && StartsAppositive(sentence, k) && NameShape.IsCoined(sentence.Token(k)))
                FindAppositive(sentence, k, mentions);
        }
    }

    private void FindParenthesized(Sentence sentence, int k, List<NameMention> mentions)
    {
        var shortForm = sentence.Token(k);
        if (IsWordShaped(shortForm))
        {
            FindWordShaped(sentence, k, mentions);
            return;
        }

        if (!IsAcronymShaped(shortForm) || lexicon.IsGeneric(NameKey.Of(shortForm)) || NameShape.IsClassWord(shortForm))
            return;
        var letters = CountLetters(shortForm);
        var window = Math.Min(letters + 5, letters * 2);
        var last = k - 1;
        if (last < 0)
            return;
        var first = Math.Max(FirstContiguous(sentence, last), k - window);
        var longForm = sentence.FieldText.AsSpan(sentence.Tokens[first].Start, sentence.Tokens[last].End - sentence.Tokens[first].Start);
        var start = AcronymMatcher.MatchStart(shortForm, longForm);
        if (start < 0)
            return;
        var startToken = TokenAt(sentence, sentence.Tokens[first].Start + start, first, last);
        if (startToken < 0 || Articles.Contains(sentence.Token(startToken)))
            return;
        var acronym = new NameMention(sentence, k, k, NameStrength.Strong, "acronym");
        mentions.Add(acronym);
        mentions.Add(new NameMention(sentence, startToken, last, NameStrength.Strong, "acronym-expansion") { Acronym = acronym });
    }

    private void FindAppositive(Sentence sentence, int k, List<NameMention> mentions)
    {
        var shortForm = sentence.Token(k);
        // "MLLM-Tool: A Multimodal ... Model For Tool Agent Learning": a whole lower-case word makes a compound name, not an acronym.
        if (HasLowerRun(shortForm, 3) || !IsAcronymShaped(shortForm) || lexicon.IsGeneric(NameKey.Of(shortForm)) || NameShape.IsClassWord(shortForm))
            return;
        var first = k + 1;
        while (first < sentence.Tokens.Count && Articles.Contains(sentence.Token(first)))
            first++;
        if (first >= sentence.Tokens.Count || !char.IsUpper(sentence.Token(first)[0]) || char.ToLowerInvariant(sentence.Token(first)[0]) != char.ToLowerInvariant(shortForm[0]))
            return;
        var limit = Math.Min(sentence.Tokens.Count - 1, first + 12);
        for (var last = first + 1; last <= limit; last++)
        {
            if (sentence.GapBefore(last).ContainsAny(".;:()"))
                return;
            var word = sentence.Token(last);
            if (!char.IsUpper(word[0]) || char.ToLowerInvariant(word[0]) != char.ToLowerInvariant(LastLetter(shortForm)))
                continue;
            var longForm = sentence.FieldText.AsSpan(sentence.Tokens[first].Start, sentence.Tokens[last].End - sentence.Tokens[first].Start);
            if (AcronymMatcher.MatchStart(shortForm, longForm) != 0 && !AcronymMatcher.MatchesInitials(shortForm, longForm))
                continue;
            var acronym = new NameMention(sentence, k, k, NameStrength.Strong, "acronym");
            mentions.Add(acronym);
            mentions.Add(new NameMention(sentence, first, last, NameStrength.Strong, "acronym-appositive") { Acronym = acronym });
            return;
        }
    }

    // "Adaptive Multi-Aspect Retrieval-augmented over KGs (Amar)": an acronym written as a word is taken only when its
    // letters are exactly the initials of consecutive capitalised words, so "(Wang)" or "(Table)" never pair.
    private void FindWordShaped(Sentence sentence, int k, List<NameMention> mentions)
    {
        var shortForm = sentence.Token(k);
        if (k == 0 || lexicon.IsGeneric(NameKey.Of(shortForm)))
            return;
        var earliest = FirstContiguous(sentence, k - 1);
        for (var first = k - 1; first >= earliest; first--)
        {
            if (InitialsSpell(sentence, first, k - 1, shortForm))
            {
                var acronym = new NameMention(sentence, k, k, NameStrength.Strong, "acronym");
                mentions.Add(acronym);
                mentions.Add(new NameMention(sentence, first, k - 1, NameStrength.Strong, "acronym-expansion") { Acronym = acronym });
                return;
            }
        }
    }

    // True when the words from token first on (split at hyphens) start with the letters of shortForm, each a capital;
    // short lower-case words between them ("over", "of") are skipped.
    private static bool InitialsSpell(Sentence sentence, int first, int last, ReadOnlySpan<char> shortForm)
    {
        var next = 0;
        for (var t = first; t <= last && next < shortForm.Length; t++)
        {
            foreach (var range in sentence.Token(t).Split('-'))
            {
                var word = sentence.Token(t)[range];
                if (next == shortForm.Length)
                    break;
                if (next > 0 && word.Length <= 4 && !word.ContainsAnyExceptInRange('a', 'z'))
                    continue;
                if (word.IsEmpty || !char.IsUpper(word[0]) || char.ToLowerInvariant(word[0]) != char.ToLowerInvariant(shortForm[next]))
                    return false;
                next++;
            }
        }

        return next == shortForm.Length;
    }

    // "Amar": a capitalised word of three to six letters, the rest lower case.
    private static bool IsWordShaped(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 6 || !char.IsUpper(word[0]))
            return false;
        foreach (var c in word[1..])
        {
            if (!char.IsAsciiLetterLower(c))
                return false;
        }

        return true;
    }

    // "E.T. Bench (Event-Level & Time-Sensitive Video Understanding Benchmark)": the name comes first.
    private void FindNameThenExpansion(Sentence sentence, int k, List<NameMention> mentions)
    {
        var m = k;
        while (m + 1 < sentence.Tokens.Count && !sentence.GapAfter(m).ContainsAny("()") && m - k < 12)
            m++;
        if (m == k || !sentence.GapAfter(m).TrimStart().StartsWith(")") || !char.IsUpper(sentence.Token(m)[0]))
            return;
        var nameFirst = k - 1;
        if (nameFirst > 0 && NameShape.IsInitials(sentence.Token(nameFirst - 1)))
            nameFirst--;
        else if (!NameShape.IsCoined(sentence.Token(k - 1)))
            return;
        var nameSpan = new TextSpan(sentence.Tokens[nameFirst].Start, sentence.Tokens[k - 1].End);
        if (lexicon.IsGeneric(NameKey.Of(sentence.Slice(nameSpan))))
            return;
        var longForm = sentence.FieldText.AsSpan(sentence.Tokens[k].Start, sentence.Tokens[m].End - sentence.Tokens[k].Start);
        if (AcronymMatcher.MatchStart(sentence.Slice(nameSpan), longForm) != 0)
            return;
        var acronym = new NameMention(sentence, nameFirst, k - 1, NameStrength.Strong, "acronym");
        mentions.Add(acronym);
        mentions.Add(new NameMention(sentence, k, m, NameStrength.Strong, "acronym-parenthesized-expansion") { Acronym = acronym });
    }

    // "X, a ..." in the body or "X: ..." heading a title.
    private static bool StartsAppositive(Sentence sentence, int k)
    {
        var gap = sentence.GapAfter(k);
        if (gap.Length == 1)
            return gap[0] == ',' || (gap[0] == ':' && sentence.IsTitle && k == 0);
        gap = gap.Trim();
        return gap.SequenceEqual(",") || (sentence.IsTitle && k == 0 && gap.SequenceEqual(":"));
    }

    private static bool OpensParenthesis(ReadOnlySpan<char> gap)
    {
        if (gap.Length == 1)
            return gap[0] == '(';
        var trimmed = gap.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] == '(';
    }

    private static bool IsAcronymShaped(ReadOnlySpan<char> word)
    {
        var uppers = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
                uppers++;
        }

        return uppers >= 2 && word.Length <= 12;
    }

    private static bool HasLowerRun(ReadOnlySpan<char> word, int length)
    {
        var run = 0;
        foreach (var c in word)
        {
            run = char.IsLower(c) ? run + 1 : 0;
            if (run >= length)
                return true;
        }

        return false;
    }

    private static int CountLetters(ReadOnlySpan<char> word)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
                n++;
        }

        return n;
    }

    private static char LastLetter(ReadOnlySpan<char> word)
    {
        for (var i = word.Length - 1; i >= 0; i--)
        {
            if (char.IsLetter(word[i]))
                return word[i];
        }

        return word[^1];
    }

    // The long form may not reach back over a clause break.
    private static int FirstContiguous(Sentence sentence, int last)
    {
        var first = last;
        while (first > 0 && !sentence.GapBefore(first).ContainsAny(".;:()[]") && last - first < 12)
            first--;
        return first;
    }

    private static int TokenAt(Sentence sentence, int position, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (sentence.Tokens[i].Start <= position && position < sentence.Tokens[i].End)
                return sentence.Tokens[i].Start == position || !char.IsLetterOrDigit(sentence.FieldText[position - 1]) ? i : -1;
        }

        return -1;
    }
}
