using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Recognizers;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// Marks the entities a paper proposes, releases or names: "we introduce X", "this paper presents X",
/// "termed X", "our X", "X, a new benchmark", and a title headed "X: ...".
/// </summary>
public static class IntroducedDetector
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "introduce", "introduces", "introduced", "propose", "proposes", "proposed", "present", "presents", "presented",
        "release", "releases", "released", "develop", "develops", "developed", "design", "designs", "designed",
        "construct", "constructs", "constructed", "create", "creates", "created", "curate", "curates", "curated",
        "build", "builds", "contribute", "contributes", "devise", "devised", "establish", "establishes", "offer", "offers",
        "collect", "collected", "compile", "compiled", "formulate", "formulates", "train", "trains", "open-source", "unveil", "unveils",
    };

    private static readonly HashSet<string> Subjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "we", "paper", "work", "study", "article", "report", "here", "i", "authors", "manuscript", "survey",
    };

    private static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "termed", "named", "called", "dubbed", "coined",
    };

    private static readonly HashSet<string> HeadNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "method", "methodology", "approach", "framework", "model", "benchmark", "dataset", "system", "technique", "algorithm",
        "pipeline", "agent", "tool", "toolkit", "library", "corpus", "suite", "strategy",
    };

    // Words that may stand between an introducing verb and a known name it introduces: "we propose a new X".
    private static readonly HashSet<string> ObjectModifiers = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "new", "novel" };

    private static readonly HashSet<string> PartVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "includes", "include", "contains", "comprises", "consists", "encompasses", "features", "covers",
    };

    private static readonly HashSet<string> NoveltyWords = new(StringComparer.OrdinalIgnoreCase) { "new", "novel", "first" };

    // Words after which a later name is something the new thing is compared with or built on.
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "than", "compared", "such", "like", "including", "e.g", "i.e", "over", "against", "from", "using", "based", "via", "on", "upon",
        "applied", "existing", "previous", "prior", "built", "unlike", "beyond", "that", "which", "who",
        "to", "by", "into", "of", "in", "as", "outperforms", "outperforming", "outperform", "surpasses", "leveraging", "leverages",
        "trained", "across", "between", "under", "for", "toward", "towards", "following", "follows", "follow", "aimed", "aiming",
        "enhancing", "improving", "boosting",
    };

    // Words that open a phrase after the object of an introducing verb.
    private static readonly HashSet<string> ObjectEnds = new(StringComparer.Ordinal)
    {
        "inspired", "designed", "tailored", "capable", "enabling", "achieving", "consisting", "comprising", "where",
    };

    // "This paper presents a systematic literature review (SLR)": the paper's genre is no contribution of its own.
    private static readonly HashSet<string> GenreWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "review", "survey", "study", "overview", "analysis", "tutorial", "primer",
    };

    /// <summary>True for a verb that introduces the paper's own contribution: "introduce", "propose", "release", ...</summary>
    public static bool IsIntroducingVerb(ReadOnlySpan<char> word) => Verbs.Contains(word);

    /// <summary>Sets <see cref="NameGroup.Introduced"/> on the groups the text introduces.</summary>
    /// <param name="groups">The paper's entities.</param>
    /// <param name="title">The title sentence, whose head "X: ..." names the contribution even when no name rule found X there.</param>
    /// <param name="repos">The paper's repository links; a coined name the paper's own repository is named after is the paper's.</param>
    public static void Mark(IReadOnlyList<NameGroup> groups, Sentence? title = null, IReadOnlyList<RepoMention>? repos = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var titleHead = title is null ? null : TitleHeadKey(title);
        var repoKeys = RepoKeys(repos);
        foreach (var group in groups)
        {
            // "a systematic literature review (SLR)": the paper's genre, under any of its forms, is no contribution.
            if (group.Mentions.Exists(m => NamesGenre(m.Sentence, m)))
                continue;
            foreach (var mention in group.Mentions)
            {
                if (RuleFor(mention) is { } rule)
                {
                    group.Introduced = true;
                    group.IntroducedRule = rule;
                    break;
                }
            }

            if (!group.Introduced && titleHead is not null && group.Mentions.Exists(m => m.Key == titleHead))
            {
                group.Introduced = true;
                group.IntroducedRule = "introduced-title-head";
            }

            if (!group.Introduced && group.Mentions.Exists(m => m.Entry is null && NamesRepository(m, repoKeys)))
            {
                group.Introduced = true;
                group.IntroducedRule = "introduced-repo-name";
            }
        }

        MarkParts(groups);
        MarkVariants(groups);
    }

    private static List<string> RepoKeys(IReadOnlyList<RepoMention>? repos)
    {
        var keys = new List<string>();
        foreach (var repo in repos ?? [])
        {
            var key = NameKey.Of(repo.Name.AsSpan(repo.Name.IndexOf('/') + 1));
            if (key.Length >= 4)
                keys.Add(key);
        }

        return keys;
    }

    // "github.com/acme/quillgpt" names "QuillGPT" and its sized checkpoint "QuillGPT-7B" alike.
    private static bool NamesRepository(NameMention mention, List<string> repoKeys)
    {
        foreach (var key in repoKeys)
        {
            if (mention.Key == key || (mention.Key.StartsWith(key, StringComparison.Ordinal) && NameShape.ParamsInName(mention.Surface) is not null
                && NameShape.IsSize(mention.Key.AsSpan(key.Length))))
                return true;
        }

        return false;
    }

    // "In-context Vectors: Making ...": the words before a title's colon, as a name key, when they are few enough to be a name.
    private static string? TitleHeadKey(Sentence title)
    {
        for (var i = 0; i < Math.Min(title.Tokens.Count - 1, 5); i++)
        {
            var gap = title.GapAfter(i);
            if (gap.Contains(':'))
                return i > 0 ? NameKey.Of(title.Slice(new TextSpan(title.Tokens[0].Start, title.Tokens[i].End))) : null;
            if (gap.Trim().Length > 0 && !gap.Trim().SequenceEqual("-"))
                return null;
        }

        return null;
    }

    // "We introduce Babel ... two variants: Babel-9B and Babel-83B": the sized and tuned variants of a new model are new too.
    private static void MarkVariants(IReadOnlyList<NameGroup> groups)
    {
        foreach (var whole in groups)
        {
            if (!whole.Introduced || whole.Kind != EntityKind.Model)
                continue;
            foreach (var variant in groups)
            {
                if (!variant.Introduced && variant.Kind == EntityKind.Model && variant.Name.Length > whole.Name.Length + 1
                    && variant.Name.StartsWith(whole.Name, StringComparison.Ordinal) && variant.Name[whole.Name.Length] is '-' or ' ')
                {
                    variant.Introduced = true;
                    variant.IntroducedRule = "introduced-variant";
                }
            }
        }
    }

    // "Ada-LEval includes two challenging subsets, TSort and BestAnswer": the named parts of a new benchmark are new too.
    private static void MarkParts(IReadOnlyList<NameGroup> groups)
    {
        foreach (var whole in groups)
        {
            if (!whole.Introduced || whole.Kind is not (EntityKind.Benchmark or EntityKind.Dataset))
                continue;
            foreach (var mention in whole.Mentions)
            {
                var s = mention.Sentence;
                var verb = mention.Last + 1;
                if (verb >= s.Tokens.Count || !PartVerbs.Contains(s.Token(verb)))
                    continue;
                foreach (var group in groups)
                {
                    if (!group.Introduced && group.Kind is EntityKind.Benchmark or EntityKind.Dataset
                        && group.Mentions.Exists(part => part.Sentence == s && part.First > verb))
                    {
                        group.Introduced = true;
                        group.IntroducedRule = "introduced-part";
                    }
                }
            }
        }
    }

    private static string? RuleFor(NameMention mention)
    {
        var s = mention.Sentence;
        if (s.IsTitle)
            return HeadsTitle(mention) ? "introduced-title-head" : null;
        if (mention.Rule == CoinedPhraseRecognizer.ProposedRule)
            return "introduced-proposed";
        if (mention.Rule == CoinedPhraseRecognizer.QuotedRule)
            return "introduced-quoted-definition";
        if (mention.Rule == CoinedPhraseRecognizer.DefinedRule)
            return "introduced-defined";
        if (mention.Rule == CoinedPhraseRecognizer.NamedRule || (mention.First > 0 && NamingWords.Contains(s.Token(mention.First - 1))))
            return "introduced-named";
        if (mention.First > 0 && s.TokenIs(mention.First - 1, "our") && s.GapBefore(mention.First) is " ")
            return "introduced-our";
        // "our proposed LongGen, which ..."; in "our proposed multi-LLM framework" the name only describes the framework.
        if (mention.First > 1 && s.TokenIs(mention.First - 1, "proposed") && (s.TokenIs(mention.First - 2, "our") || s.TokenIs(mention.First - 2, "the"))
            && !DescribesNextWord(s, mention.Last))
            return "introduced-our";
        if (mention.Entry is null && IsReleasedHere(s, mention.Last))
            return "introduced-released";
        if (IsOurHeadNoun(mention))
            return "introduced-our-head";
        if (IsNovelAppositive(mention))
            return "introduced-appositive";
        if (IsNovelHeadNoun(mention))
            return "introduced-novel-head";
        if (IsNovelListItem(mention))
            return "introduced-novel-list";
        if (IsEnumeratedContribution(mention))
            return "introduced-list-item";
        return AfterIntroducingVerb(mention) ? "introduced-verb" : null;
    }

    /// <summary>True when token <paramref name="verb"/> is an introducing verb with "we", "this paper" or the like as its subject.</summary>
    internal static bool IsIntroduction(Sentence s, int verb) =>
        verb >= 0 && verb < s.Tokens.Count && Verbs.Contains(s.Token(verb)) && HasSubject(s, verb) && !IsPassivePast(s, verb);

    /// <summary>
    /// True when token <paramref name="first"/> heads the object of an introducing verb a few lower-case words
    /// before it: "we introduce an efficient LLM inference scheduler Sarathi-Serve".
    /// </summary>
    internal static bool EndsIntroducedObject(Sentence s, int first, int last)
    {
        // The name must close the object: "... scheduler Sarathi-Serve inspired by", not "an Efficient and Extreme ... method".
        // A lower-case word right after it must start a new phrase ("inspired by", "which", "to"); "a small
        // Planning model" goes on with its noun.
        if (last + 1 < s.Tokens.Count && s.GapAfter(last).SequenceEqual(" "))
        {
            var next = s.Token(last + 1);
            if (next is "of" || !(Stops.Contains(next) || ObjectEnds.Contains(next)))
                return false;
        }

        for (var i = first - 1; i >= Math.Max(0, first - 7); i--)
        {
            if (IsIntroduction(s, i))
                return true;
            var word = s.Token(i);
            if (!s.GapAfter(i).SequenceEqual(" ") || Stops.Contains(word) || (char.IsUpper(word[0]) && word.ContainsAnyInRange('a', 'z')))
                return false;
        }

        return false;
    }

    // "Our method, GemFilter, ..." and "our methodology GraphContextGen": the authors' own thing named after its kind.
    private static bool IsOurHeadNoun(NameMention mention)
    {
        var s = mention.Sentence;
        var head = mention.First - 1;
        if (head < 1 || !HeadNouns.Contains(s.Token(head)) || s.GapAfter(head).Trim() is not ("" or ","))
            return false;
        return s.TokenIs(head - 1, "our") || (s.TokenIs(head - 1, "proposed") && s.TokenIs(head - 2, "our"));
    }

    // "we propose three approaches: (1) Tool2Vec: ..., (2) ToolRefiner: ...": every numbered item is a contribution.
    private static bool IsEnumeratedContribution(NameMention mention)
    {
        var s = mention.Sentence;
        var gap = s.GapBefore(mention.First);
        var enumerated = gap.Contains(')') && mention.First > 0 && IsEnumerator(s.Token(mention.First - 1));
        if (!enumerated)
            return false;
        for (var i = mention.First - 2; i >= 0; i--)
        {
            if (IsIntroduction(s, i))
                return true;
        }

        return false;
    }

    private static bool IsEnumerator(ReadOnlySpan<char> token) =>
        token.Length <= 4 && (!token.ContainsAnyExcept("ivx") || (token.Length <= 2 && char.IsAsciiDigit(token[0])));

    // "LongIns: A Challenging ..." or "MechGPT, a language-based strategy ...": the title's head names the contribution.
    private static bool HeadsTitle(NameMention mention)
    {
        var s = mention.Sentence;
        var first = mention.Acronym is not null ? Math.Min(mention.First, mention.Acronym.First) : mention.First;
        if (first != 0)
            return false;
        var last = mention.Acronym is not null ? Math.Max(mention.Last, mention.Acronym.Last) : mention.Last;
        var gap = s.GapAfter(last).Trim();
        if (last == s.Tokens.Count - 1)
            return true;
        return gap.StartsWith(":") || gap.StartsWith(",") || (gap.StartsWith(")") && s.GapAfter(last).Contains(':'));
    }

    // "A novel corpus Contract NER comprising ...", "a new benchmark QuillBench": the name follows its kind and a novelty word.
    private static bool IsNovelHeadNoun(NameMention mention)
    {
        var s = mention.Sentence;
        var head = mention.First - 1;
        return head >= 1 && s.GapBefore(mention.First) is " " && s.GapBefore(head) is " "
            && HeadNouns.Contains(s.Token(head)) && NoveltyWords.Contains(s.Token(head - 1));
    }

    // "resulting in three new benchmarks: HumanEval Pro, MBPP Pro, and BigCodeBench-Lite Pro": each item of a list
    // that a colon opens after "new ..." is new.
    private static bool IsNovelListItem(NameMention mention)
    {
        var s = mention.Sentence;
        for (var i = mention.First - 1; i >= 1; i--)
        {
            var word = s.Token(i);
            if (s.GapAfter(i).Contains(':'))
                return (HeadNouns.Contains(word) || (word.EndsWith("s") && HeadNouns.Contains(word[..^1])))
                    && (NoveltyWords.Contains(s.Token(i - 1)) || (i >= 2 && NoveltyWords.Contains(s.Token(i - 2))));
            // Between the colon and the item only other items and list glue may stand.
            if (char.IsLower(word[0]) && word is not ("and" or "or"))
                return false;
        }

        return false;
    }

    private static bool IsNovelAppositive(NameMention mention)
    {
        var s = mention.Sentence;
        var next = mention.Last + 1;
        if (next + 1 >= s.Tokens.Count || !s.GapAfter(mention.Last).Trim().SequenceEqual(","))
            return false;
        if (!(s.TokenIs(next, "a") || s.TokenIs(next, "an") || s.TokenIs(next, "the")))
            return false;
        return NoveltyWords.Contains(s.Token(next + 1));
    }

    private static bool AfterIntroducingVerb(NameMention mention)
    {
        var s = mention.Sentence;
        for (var i = mention.First - 1; i >= Math.Max(0, mention.First - 14); i--)
        {
            if (s.GapAfter(i).ContainsAny(";:"))
                return false;
            var word = s.Token(i);
            if (Verbs.Contains(word))
                return HasSubject(s, i) && !IsPassivePast(s, i) && !ModifiesIndefiniteObject(s, mention)
                    && (mention.Entry is null || (IsDirectObject(s, i, mention.First) && !ModifiesHeadNoun(s, mention.Last)));
            if (Stops.Contains(word))
                return false;
        }

        return false;
    }

    // "The analysis tool, LLM-Viewer, is open-sourced", "X will be publicly released": the paper releases it (not "released by").
    private static bool IsReleasedHere(Sentence s, int last)
    {
        var i = last + 1;
        if (i < s.Tokens.Count && s.TokenIs(i, "will"))
            i++;
        if (i >= s.Tokens.Count || !(s.TokenIs(i, "is") || s.TokenIs(i, "are") || s.TokenIs(i, "be")))
            return false;
        i++;
        if (i < s.Tokens.Count && (s.TokenIs(i, "publicly") || s.TokenIs(i, "now") || s.TokenIs(i, "made")))
            i++;
        if (i < s.Tokens.Count && s.TokenIs(i, "publicly"))
            i++;
        if (i >= s.Tokens.Count || !ReleaseWords.Contains(s.Token(i)))
            return false;
        return i + 1 >= s.Tokens.Count || !s.TokenIs(i + 1, "by");
    }

    private static readonly HashSet<string> ReleaseWords = new(StringComparer.OrdinalIgnoreCase) { "open-sourced", "released", "available", "open-source", "accessible" };

    private static bool NamesGenre(Sentence s, NameMention mention) => GenreWords.Contains(s.Token(mention.Last));

    // "we present X, a DP framework for ...": a name between "a" and a lower-case noun only describes the object.
    private static bool ModifiesIndefiniteObject(Sentence s, NameMention mention)
    {
        var before = mention.First - 1;
        return before >= 0 && (s.TokenIs(before, "a") || s.TokenIs(before, "an")) && DescribesNextWord(s, mention.Last);
    }

    // A name followed by a lower-case noun ("DP framework") modifies that noun; a clause word after it does not count.
    private static bool DescribesNextWord(Sentence s, int last) =>
        last + 1 < s.Tokens.Count && s.GapAfter(last) is " " && char.IsAsciiLetterLower(s.Token(last + 1)[0]) && !ClauseStarts.Contains(s.Token(last + 1));

    private static readonly HashSet<string> ClauseStarts = new(StringComparer.Ordinal) { "that", "which", "with", "for", "to", "and", "or", "on", "in", "of", "is", "as", "by" };

    // A name the lexicon already knows ("in-context learning") is new only as the verb's own object, not as a
    // modifier further on ("we introduce a self-instructed in-context learning framework").
    private static bool IsDirectObject(Sentence s, int verb, int first)
    {
        for (var i = verb + 1; i < first; i++)
        {
            if (!ObjectModifiers.Contains(s.Token(i)))
                return false;
        }

        return true;
    }

    // "we propose a RAG task categorization method": a known name before the head noun of the object only modifies it.
    private static bool ModifiesHeadNoun(Sentence s, int last)
    {
        for (var i = last + 1; i < Math.Min(s.Tokens.Count, last + 4) && s.GapBefore(i) is " "; i++)
        {
            var word = s.Token(i);
            if (HeadNouns.Contains(word))
                return true;
            if (word.ContainsAnyExceptInRange('a', 'z'))
                return false;
        }

        return false;
    }

    // "we (further) propose", "this paper presents", "Here, we introduce".
    private static bool HasSubject(Sentence s, int verb)
    {
        for (var i = verb - 1; i >= Math.Max(0, verb - 3); i--)
        {
            if (Subjects.Contains(s.Token(i)))
                return true;
        }

        return false;
    }

    // "benchmarks have been proposed": a passive past tells of others' work.
    private static bool IsPassivePast(Sentence s, int verb) =>
        verb > 0 && (s.TokenIs(verb - 1, "been") || s.TokenIs(verb - 1, "was") || s.TokenIs(verb - 1, "were") || s.TokenIs(verb - 1, "are"));
}
