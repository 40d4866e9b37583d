using PaperGraph.Extraction.Relations;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>
/// Finds the other occurrences of a capitalised one-word name that is an entity of the paper ("we present a
/// serving system, Pollux"): where a sentence starts with it ("Pollux cuts latency ..."), the run rules skip it,
/// yet it is the same name, and the evaluation and result rules need it there.
/// </summary>
internal static class RepeatedNames
{
    /// <summary>Rule name of a mention found as the repeat of an established name.</summary>
    public const string Rule = "repeated-name";

    /// <summary>The uncovered occurrences of the one-word capitalised names of <paramref name="entities"/>, in text order.</summary>
    public static List<NameMention> Find(PaperText text, IReadOnlyList<NameMention> mentions, IReadOnlyList<NameGroup> entities)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var m in entity.Mentions)
            {
                if (m.First == m.Last && m.Entry is null && NameShape.IsCapitalized(m.Surface) && !NameShape.IsCoined(m.Surface))
                    names.Add(m.Surface);
            }
        }

        var found = new List<NameMention>();
        if (names.Count == 0)
            return found;
        foreach (var sentence in text.Sentences)
        {
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                if (names.Contains(sentence.Token(i)) && !IsCovered(mentions, sentence, i))
                    found.Add(new NameMention(sentence, i, i, NameStrength.Strong, Rule));
            }
        }

        return found;
    }

    private static bool IsCovered(IReadOnlyList<NameMention> mentions, Sentence sentence, int token)
    {
        foreach (var m in mentions)
        {
            if (m.Sentence == sentence && m.First <= token && token <= m.Last)
                return true;
        }

        return false;
    }
}
