using PaperGraph.Extraction.Lexicons;
using PaperGraph.Extraction.Relations;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>
/// Finds every span of a sentence that may be a name: acronym pairs first, then lexicon names,
/// coined words ("LongPO", "Llama3") and capitalised runs, each extended over the words that continue
/// a name ("E.T. Chat", "LLaMA-2 7B", "GPT 3.5"). Typing the names is left to the kind recognisers.
/// </summary>
public sealed class NameFinder(Lexicon lexicon)
{
    /// <summary>The rule of a one-word title head ("Cappy: ..."), which the paper introduces.</summary>
    public const string TitleHeadRule = "title-head";

    private readonly AcronymRecognizer _acronyms = new(lexicon);
    private readonly CoinedPhraseRecognizer _coinedPhrases = new(lexicon);

    /// <summary>The possible names of one sentence, without overlaps except acronym pairs.</summary>
    public List<NameMention> Find(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var mentions = new List<NameMention>();
        _acronyms.Find(sentence, mentions);
        if (!sentence.IsTitle)
            _coinedPhrases.Find(sentence, mentions);
        // A pair like "exact match (EM)" is a metric and its acronym, not a new method.
        mentions.RemoveAll(m => lexicon.Metric(m.Surface) is not null || lexicon.IsGeneric(m.Key));
        var covered = new bool[sentence.Tokens.Count];
        foreach (var mention in mentions)
            Cover(covered, mention);

        Span<char> key = stackalloc char[256];
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (covered[i])
                continue;
            var mention = LexiconName(sentence, i, covered, key) ?? CoinedName(sentence, i, covered) ?? TitleHead(sentence, i) ?? CapitalizedRun(sentence, i, covered)
                ?? LowerCaseDataName(sentence, i);
            if (mention is null)
                continue;
            Cover(covered, mention);
            i = mention.Last;
            if (!lexicon.IsGeneric(mention.Key) && !NameShape.IsClassWord(mention.Surface) && !IsClassPhrase(mention) && !IsGenericCompound(mention.Surface) && lexicon.Metric(mention.Surface) is null && !IsCategory(mention)
                && !IsSuspendedModifier(sentence, mention.Last) && !IsHardware(sentence, mention.Last))
                mentions.Add(mention);
        }

        return mentions;
    }

    // key is scratch space for the growing lookup key, allocated once per sentence by the caller.
    private NameMention? LexiconName(Sentence sentence, int i, bool[] covered, Span<char> key)
    {
        var length = 0;
        var bestLast = -1;
        LexiconEntry? best = null;
        var limit = Math.Min(sentence.Tokens.Count, i + lexicon.MaxNameWords);
        for (var j = i; j < limit && !covered[j]; j++)
        {
            if (j > i && !IsNameGap(sentence.GapBefore(j)))
                break;
            var token = sentence.Token(j);
            if (length + token.Length > key.Length)
                break;
            length += NameKey.Write(token, key[length..]);
            if (!lexicon.TryFindPrefix(key[..length], out var entry))
                break;
            if (entry is not null && CaseAgrees(sentence, i, j, entry))
            {
                best = entry;
                bestLast = j;
            }
        }

        if (best is null)
            return null;
        var last = Extend(sentence, i, bestLast, covered, best.Kind == Model.EntityKind.Model);
        return new NameMention(sentence, i, last, NameStrength.Strong, "lexicon") { Entry = best, EntryIsExact = last == bestLast };
    }

    private NameMention? CoinedName(Sentence sentence, int i, bool[] covered)
    {
        var token = sentence.Token(i);
        if (NameShape.IsInitials(token) && i + 1 < sentence.Tokens.Count && !covered[i + 1]
            && IsNameGap(sentence.GapAfter(i)) && NameShape.IsCapitalized(sentence.Token(i + 1)))
        {
            return new NameMention(sentence, i, Extend(sentence, i, i + 1, covered, false), NameStrength.Strong, "initials-name");
        }

        if (!NameShape.IsCoined(token) || IsDerivedWord(token))
            return null;
        var family = IsOfFamily(token);
        return new NameMention(sentence, i, Extend(sentence, i, i, covered, family), NameStrength.Strong, family ? "family-shape" : "coined-shape");
    }

    // "Cappy: Outperforming ...": a title headed by one capitalised word names the paper's contribution.
    private NameMention? TitleHead(Sentence sentence, int i)
    {
        if (!sentence.IsTitle || i != 0 || sentence.Tokens.Count < 2 || !sentence.GapAfter(0).Trim().StartsWith(":"))
            return null;
        var token = sentence.Token(0);
        if (!NameShape.IsCapitalized(token) || token.Length < 3 || IsCueWord(token) || lexicon.IsGeneric(NameKey.Of(token)))
            return null;
        return new NameMention(sentence, 0, 0, NameStrength.Strong, TitleHeadRule);
    }

    private NameMention? CapitalizedRun(Sentence sentence, int i, bool[] covered)
    {
        // Title case capitalises every word, and a sentence's first word is capitalised anyway.
        if (sentence.IsTitle || i == 0 || !NameShape.IsCapitalized(sentence.Token(i)) || IsDerivedWord(sentence.Token(i)))
            return null;
        // A capitalised word right before would make this the middle of a run; after a comma it starts its own.
        if (sentence.GapBefore(i).ContainsAny(":") || StartsClause(sentence, i) || (NameShape.IsCapitalized(sentence.Token(i - 1)) && IsNameGap(sentence.GapBefore(i))))
            return null;
        var last = i;
        while (last + 1 < sentence.Tokens.Count && !covered[last + 1] && IsNameGap(sentence.GapAfter(last)) && last - i < 4
               && NameShape.IsCapitalized(sentence.Token(last + 1))
               && (!NameShape.IsCoined(sentence.Token(last + 1)) || lexicon.IsGeneric(NameKey.Of(sentence.Token(last + 1))) || IsCueWord(sentence.Token(last + 1))))
            last++;
        // "we propose Activation Beacon, which ...", "we introduce an efficient scheduler Sarathi-Serve": the object
        // of the authors' introducing verb is a name.
        return IntroducedDetector.IsIntroduction(sentence, i - 1) || IntroducedDetector.EndsIntroducedObject(sentence, i, last)
            ? new NameMention(sentence, i, last, NameStrength.Strong, "capitalized-introduced")
            : new NameMention(sentence, i, last, NameStrength.Weak, "capitalized");
    }

    // "flores200-dev", "newstest2019", "pg19": test sets are often named in lower case with digits. Such a word
    // is a weak candidate that only the text's own words make a benchmark or dataset (NameGrouper drops others).
    private static NameMention? LowerCaseDataName(Sentence sentence, int i) =>
        sentence.IsTitle || !NameShape.IsLowerCaseDataName(sentence.Token(i)) ? null
            : new NameMention(sentence, i, i, NameStrength.Weak, NameShape.LowerCaseDataRule);

    /// <summary>Extends a name over following size, version and name-part words.</summary>
    private int Extend(Sentence sentence, int first, int last, bool[] covered, bool isModel)
    {
        while (last + 1 < sentence.Tokens.Count && !covered[last + 1] && IsNameGap(sentence.GapAfter(last)))
        {
            var next = sentence.Token(last + 1);
            var previousIsPart = lexicon.IsNamePart(sentence.Token(last));
            var continues = lexicon.IsNamePart(next)
                || NameShape.IsSize(next)
                || (isModel && NameShape.IsMillionSize(next))
                || (isModel && NameShape.IsVersion(next) && !HasDigit(sentence.Slice(new TextSpan(sentence.Tokens[first].Start, sentence.Tokens[last].End))))
                || (previousIsPart && last > first && char.IsDigit(next[0]) && Quantity.TryParse(next, out _));
            if (!continues)
                break;
            last++;
        }

        return last;
    }

    // "Llama3", "Qwen2.5-7B", "Clinical-T5-Large", "OPT-IML-175B": a part of the word is a known family,
    // alone or followed by a version; "Optimization" does not count as "OPT".
    private bool IsOfFamily(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[64];
        foreach (var range in token.SplitAny("-_"))
        {
            var part = token[range];
            var key = part.Length <= buffer.Length ? buffer : new char[part.Length];
            var length = NameKey.Write(part, key);
            // Every prefix of the part's key that is a family name, as long as the rest reads as a version.
            for (var cut = length; cut > 0; cut--)
            {
                if (IsVersionTail(key[cut..length]) && lexicon.IsFamily(key[..cut]))
                    return true;
            }
        }

        return false;
    }

    private static bool IsVersionTail(ReadOnlySpan<char> tail)
    {
        if (tail.IsEmpty)
            return true;
        if (!char.IsAsciiDigit(tail[0]))
            return false;
        var letters = 0;
        foreach (var c in tail)
        {
            if (!char.IsAsciiDigit(c))
                letters++;
        }

        return letters <= 1;
    }

    // A lower-case written form without digits only matches a lexicon name that is itself lower case ("bloom" is not BLOOM),
    // and a form the lexicon marks case-sensitive only matches as written there ("Math" is not MATH).
    private bool CaseAgrees(Sentence sentence, int first, int last, LexiconEntry entry)
    {
        var written = sentence.Slice(new TextSpan(sentence.Tokens[first].Start, sentence.Tokens[last].End));
        if (!lexicon.CaseAllows(written))
            return false;
        // "wikitext2", "gsm8k": a lower-case form with digits is no ordinary word.
        if (written.ContainsAnyInRange('A', 'Z') || written.ContainsAnyInRange('0', '9'))
            return true;
        if (last > first)
            return true;
        if (!entry.Name.AsSpan().ContainsAnyInRange('A', 'Z'))
            return true;
        foreach (var alias in entry.Aliases)
        {
            if (!alias.AsSpan().ContainsAnyInRange('A', 'Z'))
                return true;
        }

        return false;
    }

    // Words of a name are joined by a space or hyphen, never by punctuation.
    private static bool IsNameGap(ReadOnlySpan<char> gap) => gap.Length == 1 && gap[0] is ' ' or '-' or '\u00a0';

    // "Evaluation Datasets", "Preference Models": a capitalised run ending in a head noun is a category, not a name.
    private bool IsCategory(NameMention mention)
    {
        if (mention.Strength != NameStrength.Weak)
            return false;
        var last = mention.Sentence.Token(mention.Last);
        Span<char> lower = stackalloc char[Math.Min(last.Length, 64)];
        last[..lower.Length].ToLowerInvariant(lower);
        return lexicon.CueKind(lower) is not null;
    }

    // "Code LLMs", "Medical MLLMs": words before a plural class acronym name a kind of model, not one.
    private static bool IsClassPhrase(NameMention mention) =>
        mention.Last > mention.First && NameShape.IsClassWord(mention.Sentence.Token(mention.Last));

    // "Chinese-English", "Human-LLM": a compound of generic words is itself generic. A part in
    // lower case ("mllm-NPU") marks a coined name instead: the generic words are capitalised.
    private bool IsGenericCompound(ReadOnlySpan<char> surface)
    {
        if (surface.IndexOf('-') <= 0)
            return false;
        Span<char> key = stackalloc char[64];
        foreach (var range in surface.Split('-'))
        {
            var part = surface[range];
            if (part.IsEmpty || part.Length > key.Length || !char.IsUpper(part[0]) || !lexicon.IsGeneric(key[..NameKey.Write(part, key)]))
                return false;
        }

        return true;
    }

    // "LLM-based", "GPT-style", "PEQA-tuned": a name used as a modifier is not itself mentioned as a thing.
    private static bool IsDerivedWord(ReadOnlySpan<char> token)
    {
        var dash = token.LastIndexOf('-');
        if (dash <= 0 || dash == token.Length - 1)
            return false;
        // Titles capitalise the modifier too ("LLM-Generated Relevance Judgements").
        Span<char> tail = stackalloc char[Math.Min(token.Length - dash - 1, 16)];
        if (token.Length - dash - 1 > tail.Length || !char.IsAsciiLetter(token[dash + 1]))
            return false;
        token[(dash + 1)..].ToLowerInvariant(tail);
        foreach (var c in token[(dash + 2)..])
        {
            if (!char.IsAsciiLetterLower(c))
                return false;
        }

        return tail is "based" or "style" or "like" or "level" or "aware" or "free" or "specific" or "tuned" or "generated"
            or "driven" or "powered" or "enhanced" or "augmented" or "trained" or "family" or "series" or "class" or "type" or "only"
            or "centric" or "friendly" or "sized" or "scale" or "wise" or "related" or "guided" or "assisted" or "annotated"
            || (tail.Length > 4 && tail.EndsWith("ing") && char.IsAsciiLetterLower(token[dash + 1]) && !token[..dash].ContainsAnyInRange('a', 'z'));
    }

    // "Compressed LLM BenchmarK": a head noun with an odd capital still ends the run.
    private bool IsCueWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 32)
            return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lexicon.CueKind(lower) is not null;
    }

    // "GPT- and BERT-style LLMs": a name ending in a hyphen shares the modifier written after the next word.
    private static bool IsSuspendedModifier(Sentence sentence, int last)
    {
        var gap = sentence.GapAfter(last);
        return gap.Length >= 2 && gap[0] == '-' && char.IsWhiteSpace(gap[1]);
    }

    // "a single GeForce RTX4090 GPU", "on 8 A100 GPUs", "the MediaTek Dimensity 9300 processor": a name right
    // before a processor word is hardware.
    private static bool IsHardware(Sentence sentence, int last)
    {
        for (var t = last + 1; t <= last + 3 && t < sentence.Tokens.Count; t++)
        {
            var token = sentence.Token(t);
            if (ProcessorWords.Contains(token))
                return true;
            if (!NameShape.IsCoined(token) && !char.IsUpper(token[0]) && !char.IsAsciiDigit(token[0]))
                return false;
        }

        return false;
    }

    // After "(1)" or "i." lists, a capitalised word starts a clause.
    private static bool StartsClause(Sentence sentence, int i)
    {
        var gap = sentence.GapBefore(i);
        return gap.ContainsAny(")\"`'") || (i == 1 && sentence.Token(0).Length <= 3);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProcessorWords =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "GPU", "GPUs", "TPU", "TPUs", "NPU", "NPUs", "CPU", "CPUs", "processor", "processors", "chip", "chips", "SoC" }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool HasDigit(ReadOnlySpan<char> text) => text.ContainsAnyInRange('0', '9');

    private static void Cover(bool[] covered, NameMention mention)
    {
        for (var t = mention.First; t <= mention.Last; t++)
            covered[t] = true;
    }
}
