using PaperGraph.Extraction.Recognizers;

namespace PaperGraph.Extraction.Text;

/// <summary>
/// What a paper's own text says about its words: which are ordinary lower-case words ("reasoning") and which
/// acronyms it uses in the plural as class nouns ("VLLMs"). A name must not be one of them.
/// </summary>
internal sealed class PaperVocabulary
{
    private readonly HashSet<string> _lowerWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _classKeys = new(StringComparer.Ordinal);

    /// <summary>Reads every token of the paper once.</summary>
    public PaperVocabulary(PaperText text)
    {
        foreach (var sentence in text.Sentences)
        {
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                var token = sentence.Token(i);
                if (char.IsLower(token[0]) && !token.ContainsAnyInRange('A', 'Z'))
                    _lowerWords.Add(Singular(token).ToString());
                else if (NameShape.IsClassWord(token))
                    _classKeys.Add(NameKey.Of(token[..^1]));
            }
        }
    }

    /// <summary>
    /// True for a mention that is no name in this paper: a capitalised single word the text also writes in
    /// lower case ("a smaller Reasoning model"), or the singular of an acronym it uses as a class ("VLLM ICL" beside "VLLMs").
    /// </summary>
    public bool IsOrdinaryWord(NameMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.Entry is not null || mention.Acronym is not null)
            return false;
        if (_classKeys.Contains(mention.Key))
            return true;
        if (mention.Strength != NameStrength.Weak || mention.First != mention.Last)
            return false;
        Span<char> lower = stackalloc char[Math.Min(mention.Surface.Length, 64)];
        mention.Surface.AsSpan(0, lower.Length).ToLowerInvariant(lower);
        return _lowerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Singular(lower));
    }

    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
}
