using PaperGraph.Extraction.Lexicons;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>
/// Reads the words around a mention that say what it is: a head noun next to it ("the LongIns benchmark"),
/// an appositive ("CNNSum, a ... benchmark"; "a framework, named XL3M") or an evaluation frame ("on ToolBench").
/// </summary>
public sealed class NameContext(Lexicon lexicon)
{
    private static readonly HashSet<string> NamingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "named", "termed", "called", "dubbed", "coined", "namely",
    };

    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "where", "whose", "to", "but", "while", "with", "by", "using", "on", "in", "for", "of", "from",
    };

    private static readonly HashSet<string> ListWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "such", "as", "like", "including", "e.g", "namely", "especially", "particularly",
    };

    private static readonly HashSet<string> ModelClassWords = new(StringComparer.Ordinal) { "LLM", "LM", "VLM", "MLLM", "LVLM", "SLM", "LMM", "RNN", "CNN", "GNN", "SSM" };

    private static readonly HashSet<string> EvaluationPrepositions = new(StringComparer.OrdinalIgnoreCase) { "on", "in", "across", "over" };

    private static readonly HashSet<string> NonEvaluationVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "based", "built", "relies", "rely", "relying", "focus", "focuses", "focusing", "depend", "depends", "trained", "pretrained",
        "pre-trained", "fine-tuned", "finetuned", "conditioned", "work", "research", "works", "advances", "progress", "interest",
    };

    /// <summary>The lexicon whose cue words are used.</summary>
    public Lexicon Lexicon { get; } = lexicon;

    /// <summary>The kind named by a head noun right after or right before the mention ("LongIns benchmark", "dataset E.T. Instruct").</summary>
    public EntityKind? AdjacentCue(NameMention mention)
    {
        var s = mention.Sentence;
        // "Black-box models": a capitalised word before a plural head noun is usually a category.
        var weak = mention.Strength == NameStrength.Weak && mention.Rule != NameShape.LowerCaseDataRule;
        // "the Mostly Hard Python Problems (MHPP) dataset": the head noun may follow the acronym's parenthesis.
        if (mention.Last + 1 < s.Tokens.Count && s.GapAfter(mention.Last) is " " or ") " && CueOf(s, mention.Last + 1) is { } after
            && !(weak && s.Token(mention.Last + 1).EndsWith("s")))
            return after;
        // "the MechGPT LLM": a model-class acronym right after a name types it as a model.
        if (mention.Last + 1 < s.Tokens.Count && s.GapAfter(mention.Last) is " " && ModelClassWords.Contains(s.Token(mention.Last + 1)))
            return EntityKind.Model;
        if (mention.First > 0 && s.GapBefore(mention.First) is " " && CueOf(s, mention.First - 1) is { } before)
            return before;
        return null;
    }

    /// <summary>
    /// The kind an appositive or copula gives the mention: "X, a new benchmark", "X is a framework",
    /// "a strong baseline model, X", "a framework, named X".
    /// </summary>
    public EntityKind? AppositiveCue(NameMention mention)
    {
        var s = mention.Sentence;
        var next = mention.Last + 1;
        if (next < s.Tokens.Count)
        {
            var gap = s.GapAfter(mention.Last);
            var start = -1;
            var mark = gap.Trim();
            // "X, a ...", "X: a ...", "X (a ...", and a dash aside "X - a simple yet effective method".
            if (mark is "," or ":" or "(" or "-" or "\u2013" or "\u2014" or "--" || (mark.Length == 2 && mark[0] == ')' && mark[1] is '-' or ','))
                start = next;
            else if (gap is " " && (s.TokenIs(next, "is") || s.TokenIs(next, "as")))
                start = next + 1;
            if (start >= 0 && start < s.Tokens.Count && (s.TokenIs(start, "a") || s.TokenIs(start, "an") || s.TokenIs(start, "the") || s.TokenIs(start, "our")))
            {
                if (FirstCueAfter(s, start + 1) is { } kind)
                    return kind;
            }
        }

        var previous = mention.First - 1;
        if (previous >= 0)
        {
            var named = NamingVerbs.Contains(s.Token(previous));
            if (named)
                previous--;
            // "a 3B student LM (termed MiniMA)": a naming verb may open a parenthesis after the head noun;
            // "a native multimodal model—Docopilot": a dash sets the name beside its head noun.
            if (previous >= 0 && s.GapAfter(previous).Trim() is var mark && (mark is "," or "" or "\u2014" or "\u2013" or "--" || (named && mark is "(")))
            {
                for (var i = previous; i >= Math.Max(0, previous - 1); i--)
                {
                    if (CueOf(s, i) is { } kind)
                        return kind;
                    if (named && i == previous && ModelClassWords.Contains(s.Token(i)))
                        return EntityKind.Model;
                }

                // "train a ... reasoning model, specifically designed to ..., dubbed DocAssistant": the name
                // belongs to the head noun that the description after the comma hangs on.
                if (named && mark is ",")
                {
                    for (var i = previous - 2; i >= Math.Max(0, previous - 25); i--)
                    {
                        if (s.GapAfter(i).Trim() is "," && CueOf(s, i) is { } described)
                            return described;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>True when the mention is the object of an evaluation frame: "evaluated on X", "results in X".</summary>
    public static bool EvaluatedOn(NameMention mention)
    {
        var s = mention.Sentence;
        var i = mention.First - 1;
        if (i >= 0 && s.TokenIs(i, "the"))
            i--;
        if (i < 0 || !EvaluationPrepositions.Contains(s.Token(i)))
            return false;
        if (i > 0 && NonEvaluationVerbs.Contains(s.Token(i - 1)))
            return false;
        return HasEvaluationWord(s);
    }

    /// <summary>True when the sentence speaks of evaluation or performance.</summary>
    public static bool HasEvaluationWord(Sentence sentence)
    {
        foreach (var token in sentence.Tokens)
        {
            // Every cue word has at least four letters; the first letter picks the few cues worth looking at.
            if (token.Length >= 4 && IsEvaluationWord(sentence.FieldText.AsSpan(token.Start, token.Length)))
                return true;
        }

        return false;
    }

    private static bool IsEvaluationWord(ReadOnlySpan<char> word) => char.ToLowerInvariant(word[0]) switch
    {
        'e' => StartsWith(word, "evaluat") || StartsWith(word, "experiment"),
        'o' => StartsWith(word, "outperform"),
        'a' => StartsWith(word, "achiev") || StartsWith(word, "accura"),
        's' => StartsWith(word, "surpass") || StartsWith(word, "state-of-the-art") || StartsWith(word, "score"),
        'b' => StartsWith(word, "benchmark"),
        'p' => StartsWith(word, "perform"),
        'i' => StartsWith(word, "improv"),
        'r' => StartsWith(word, "result"),
        't' => StartsWith(word, "test"),
        'g' => StartsWith(word, "gain"),
        'f' => StartsWith(word, "find"),
        'c' => StartsWith(word, "compar"),
        'l' => StartsWith(word, "leaderboard"),
        _ => false,
    };

    private static bool StartsWith(ReadOnlySpan<char> word, string prefix) => word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The kind the last word of a multi-word name gives it ("... Video Understanding Benchmark").</summary>
    public EntityKind? HeadCue(NameMention mention)
    {
        if (mention.Last == mention.First && !mention.Surface.Contains('-', StringComparison.Ordinal))
            return null;
        // "Global Instruction & Single Task (GIST)" names a task type inside a benchmark, not a benchmark.
        var last = mention.Sentence.Token(mention.Last);
        if (last.StartsWith("Task", StringComparison.OrdinalIgnoreCase))
            return null;
        return CueOf(mention.Sentence, mention.Last, lastSegment: true);
    }

    /// <summary>The kind a cue word names, compared lower-case, or null; "evaluation datasets" are benchmarks.</summary>
    public EntityKind? CueOf(Sentence sentence, int token, bool lastSegment = false)
    {
        var word = sentence.Token(token);
        if (lastSegment && word.LastIndexOf('-') is var dash and > 0)
            word = word[(dash + 1)..];
        if (word.Length > 32)
            return null;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var kind = Lexicon.CueKind(lower);
        if (kind == EntityKind.Dataset && token > 0 && (sentence.TokenIs(token - 1, "evaluation") || sentence.TokenIs(token - 1, "test") || sentence.TokenIs(token - 1, "benchmark")))
            return EntityKind.Benchmark;
        return kind;
    }

    /// <summary>The kind of a list's head noun: "datasets (X, ...", "benchmarks such as X", "models like X", "tasks including X".</summary>
    public EntityKind? ListIntroCue(NameMention mention)
    {
        var s = mention.Sentence;
        var i = mention.First - 1;
        var introduced = s.GapBefore(mention.First).Contains('(');
        while (i >= 0 && i >= mention.First - 3 && ListWords.Contains(s.Token(i)))
        {
            introduced = true;
            i--;
        }

        if (!introduced || i < 0)
            return null;
        return CueOf(s, i);
    }

    /// <summary>True when only list glue (commas, "and", "or", numbers, metric words) separates two mentions of a sentence.</summary>
    public bool AreCoordinated(NameMention left, NameMention right)
    {
        if (left.Sentence != right.Sentence || left.Last >= right.First)
            return false;
        var s = left.Sentence;
        var sawSeparator = false;
        for (var i = left.Last; i < right.First; i++)
        {
            var gap = s.GapAfter(i);
            foreach (var c in gap)
            {
                if (c == ',' || c == ';')
                    sawSeparator = true;
                else if (!(char.IsWhiteSpace(c) || c is '(' or ')' or '%' or '.' or '\\' or '→'))
                    return false;
            }

            if (i + 1 >= right.First)
                break;
            var word = s.Token(i + 1);
            if (word is "and" or "or" or "as" or "well")
                sawSeparator = true;
            else if (!(char.IsDigit(word[0]) || word is "rightarrow" || Lexicon.Metric(word) is not null))
                return false;
        }

        return sawSeparator;
    }

    // The head of "a new tool retrieval dataset that ..." is its last noun before the clause ends: "dataset", not "tool".
    private EntityKind? FirstCueAfter(Sentence s, int start)
    {
        EntityKind? head = null;
        EntityKind? classHead = null;
        for (var i = start; i < Math.Min(s.Tokens.Count, start + 10); i++)
        {
            if (i > start && s.GapBefore(i).ContainsAny(".;:()"))
                break;
            var word = s.Token(i);
            if (ClauseWords.Contains(word) || (head is not null && (word.EndsWith("ing") || word.EndsWith("ed"))))
                break;
            // "Babel, an open multilingual LLM that ...": a model-class word heads the phrase when no head noun
            // follows it ("a distributed LLM serving system" is a system).
            if (CueOf(s, i) is { } kind)
                head = kind;
            else if (ModelClassWords.Contains(word))
                classHead = EntityKind.Model;
        }

        return head ?? classHead;
    }
}
