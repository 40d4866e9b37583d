using PaperGraph.Extraction.Lexicons;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Relations;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>
/// Finds names the authors coin in lower case, which no capitalisation rule sees: the object of a naming phrase
/// ("is referred to as self-injection", "we call this self-pruning"), the subject after "the proposed"
/// ("The proposed shift short attention enables ...") and a quoted term defined on the spot ("guided instruction": a prompt ...). Both are the paper's own, so they are strong names.
/// </summary>
public sealed class CoinedPhraseRecognizer(Lexicon lexicon)
{
    /// <summary>The finder rule of a name after a naming phrase.</summary>
    public const string NamedRule = "named-lower-case";

    /// <summary>The finder rule of a subject after "the proposed".</summary>
    public const string ProposedRule = "proposed-lower-case";

    /// <summary>The finder rule of a lower-case technique an introducing verb names and an appositive defines ("we propose medoid voting, a ... approach").</summary>
    public const string DefinedRule = "introduced-defined-lower-case";

    /// <summary>The finder rule of a quoted term defined on the spot ("guided instruction": a prompt ...).</summary>
    public const string QuotedRule = "quoted-definition";

    private static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "termed", "named", "called", "dubbed", "coined", "call", "term", "dub",
    };

    /// <summary>Adds the lower-case coined names of <paramref name="sentence"/> to <paramref name="mentions"/>.</summary>
    public void Find(Sentence sentence, List<NameMention> mentions)
    {
        for (var k = 1; k < sentence.Tokens.Count; k++)
        {
            // The cheap test on the word itself comes first: this runs on every token.
            if (IsHyphenatedLowerWord(sentence.Token(k)) && AfterNamingPhrase(sentence, k) && EndsClause(sentence, k)
                && !lexicon.IsGeneric(NameKey.Of(sentence.Token(k))))
                mentions.Add(new NameMention(sentence, k, k, NameStrength.Strong, NamedRule));
            else if (k == 2 && AfterTheProposed(sentence, k) && ProposedSubjectEnd(sentence, k) is var last and > 0)
                mentions.Add(new NameMention(sentence, k, last, NameStrength.Strong, ProposedRule));
            else if (OpensQuote(sentence.GapBefore(k)) && QuotedDefinitionEnd(sentence, k) is var end and >= 0)
                mentions.Add(new NameMention(sentence, k, end, NameStrength.Strong, QuotedRule));
            else if (IntroducedDetector.IsIntroduction(sentence, k - 1) && DefinedMethodEnd(sentence, k) is var defined and >= 0)
                mentions.Add(new NameMention(sentence, k, defined, NameStrength.Strong, DefinedRule));
        }
    }

    private static bool OpensQuote(ReadOnlySpan<char> gap) => gap.Length >= 2 && gap[^1] is ('"' or '\u201c') && gap[^2] == ' ';

    // "we employ "guided instruction:" a prompt consisting of ...": one to four lower-case words in quotes, then a colon
    // or comma (inside or after the quotes) and an indefinite article that defines them. Returns the last word or -1.
    private static int QuotedDefinitionEnd(Sentence s, int first)
    {
        for (var last = first; last < Math.Min(s.Tokens.Count - 1, first + 4); last++)
        {
            if (s.Token(last).ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz-"))
                return -1;
            var gap = s.GapAfter(last);
            if (gap is " ")
                continue;
            var closes = gap.ContainsAny("\"\u201d");
            var defines = gap.ContainsAny(":,") && (s.TokenIs(last + 1, "a") || s.TokenIs(last + 1, "an"));
            return closes && defines ? last : -1;
        }

        return -1;
    }

    // "termed self-injection", "we call this self-pruning", "is referred to as self-injection".
    private static bool AfterNamingPhrase(Sentence s, int k) =>
        s.GapBefore(k) is " " && (NamingWords.Contains(s.Token(k - 1))
            || (k >= 2 && (s.TokenIs(k - 1, "this") || s.TokenIs(k - 1, "it")) && NamingWords.Contains(s.Token(k - 2)))
            || (k >= 3 && s.TokenIs(k - 1, "as") && s.TokenIs(k - 2, "to") && (s.TokenIs(k - 3, "referred") || s.TokenIs(k - 3, "refer"))));

    // "The proposed shift short attention": only at the start of the sentence, where the phrase is the subject.
    private static bool AfterTheProposed(Sentence s, int k) =>
        k == 2 && s.TokenIs(0, "the") && s.TokenIs(1, "proposed") && s.GapBefore(k) is " ";

    // The last word of a run of two to four lower-case words followed by a verb in the third person ("enables",
    // "effectively enables"), or -1. A run holding a head noun ("the proposed attention method") names nothing.
    private int ProposedSubjectEnd(Sentence s, int first)
    {
        for (var last = first; last < Math.Min(s.Tokens.Count - 1, first + 4); last++)
        {
            var word = s.Token(last);
            if (s.GapAfter(last) is not " " || word.ContainsAnyExceptInRange('a', 'z') || IsCue(word))
                return -1;
            // "The proposed instruction tuning improves ...": an activity ending in -ing is a generic process, not a name.
            if (last > first && IsThirdPersonVerb(s, last + 1))
                return word.EndsWith("ing") ? -1 : last;
        }

        return -1;
    }

    // "we propose medoid voting, a simple, but effective training-free approach": two or three lower-case words
    // right after the verb, then ", a"/", an" and a method head noun within the next words. Returns the last word or -1.
    private int DefinedMethodEnd(Sentence s, int first)
    {
        for (var last = first + 1; last < Math.Min(s.Tokens.Count - 2, first + 3); last++)
        {
            if (!IsLowerWord(s.Token(last - 1)) || !IsLowerWord(s.Token(last)) || s.GapAfter(last - 1) is not " ")
                return -1;
            if (s.GapAfter(last).Trim() is not ",")
                continue;
            if (!(s.TokenIs(last + 1, "a") || s.TokenIs(last + 1, "an")))
                return -1;
            for (var i = last + 2; i < Math.Min(s.Tokens.Count, last + 10); i++)
            {
                if (lexicon.CueKind(s.Token(i)) is { } kind)
                    return kind == EntityKind.Method ? last : -1;
            }

            return -1;
        }

        return -1;
    }

    private bool IsLowerWord(ReadOnlySpan<char> word) =>
        word.Length >= 3 && !word.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz-") && !IsCue(word) && word is not ("the" or "and" or "new" or "novel");

    private static bool IsThirdPersonVerb(Sentence s, int i)
    {
        if (s.Token(i).EndsWith("ly") && i + 1 < s.Tokens.Count && s.GapAfter(i) is " ")
            i++;
        var word = s.Token(i);
        return word is "is" || (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u'));
    }

    private bool IsCue(ReadOnlySpan<char> word) => word.Length <= 32 && lexicon.CueKind(word) is not null;

    // One plain pass: this runs on every token, and most fail at their first letter or have no hyphen.
    private static bool IsHyphenatedLowerWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsAsciiLetterLower(word[0]) || !char.IsAsciiLetterLower(word[^1]))
            return false;
        var hyphen = false;
        foreach (var c in word)
        {
            if (c == '-')
                hyphen = true;
            else if (!char.IsAsciiLetterLower(c))
                return false;
        }

        return hyphen;
    }

    private static bool EndsClause(Sentence s, int k) => k == s.Tokens.Count - 1 || !s.GapAfter(k).Trim().IsEmpty;
}
