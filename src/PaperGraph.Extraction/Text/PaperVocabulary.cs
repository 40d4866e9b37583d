using PaperGraph.Extraction.Recognizers;

namespace PaperGraph.Extraction.Text;

/// <summary>
/// What a paper's own text says about its words: which are ordinary lower-case words ("reasoning") and which
/// acronyms it uses in the plural as class nouns ("VLLMs"). A name must not be one of them.
/// </summary>
internal sealed class PaperVocabulary
{
    private static readonly HashSet<string> ClassWords = new(StringComparer.Ordinal) { "LLM", "LM", "MLLM", "VLM", "LVLM", "SLM", "Model", "Transformer" };

    private readonly PaperText _text;
    private readonly HashSet<string> _classKeys = new(StringComparer.Ordinal);

    /// <summary>Collects the plural class acronyms; lower-case words are looked up only when a mention needs it.</summary>
    public PaperVocabulary(PaperText text)
    {
        _text = text;
        foreach (var sentence in text.Sentences)
        {
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                var token = sentence.Token(i);
                if (NameShape.IsClassWord(token))
                    _classKeys.Add(NameKey.Of(token[..^1]));
            }
        }
    }

    /// <summary>
    /// True for a mention that is no name in this paper: a capitalised single word the text also writes in
    /// lower case ("a smaller Reasoning model"), a capitalised word before a model-class word ("Item LLM" beside "item"),
    /// or the singular of an acronym it uses as a class ("VLLM ICL" beside "VLLMs").
    /// </summary>
    public bool IsOrdinaryWord(NameMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.Entry is not null || mention.Acronym is not null)
            return false;
        if (_classKeys.Contains(mention.Key))
            return true;
        // A lower-case name with digits ("newstest2019") is written lower case by nature, not as an ordinary word.
        // A one-word title head ("Cappy: ...") is capitalised by the title; the paper writing it in lower case shows it is a word.
        var candidate = (mention.Strength == NameStrength.Weak && mention.Rule != NameShape.LowerCaseDataRule) || mention.Rule == NameFinder.TitleHeadRule;
        if (candidate && mention.First == mention.Last)
            return IsWrittenLowerCase(mention.Surface);
        // "Item LLM", "Generative LLM" beside "item features", "generative models": a kind of model, not one.
        return mention.Strength == NameStrength.Weak && mention.Last == mention.First + 1 && ClassWords.Contains(mention.Sentence.Token(mention.Last))
            && IsWrittenLowerCase(mention.Sentence.Token(mention.First).ToString());
    }

    // Rare (weak single words only), so a scan of the paper's tokens is cheaper than indexing every word up front.
    private bool IsWrittenLowerCase(string word)
    {
        var singular = Singular(word);
        foreach (var sentence in _text.Sentences)
        {
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                var token = sentence.Token(i);
                if (char.IsLower(token[0]) && Singular(token).Equals(singular, StringComparison.OrdinalIgnoreCase) && !token.ContainsAnyInRange('A', 'Z'))
                    return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
}
