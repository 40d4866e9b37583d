using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Recognizers;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// Pairs the models and benchmarks the text says were evaluated together: within one clause of a sentence
/// ("GPT-4 ... performs poorly ... in our LongIns"), and, for a paper that introduces a benchmark, the models
/// its findings name ("most LLMs except GPT-4 dip after 20K"). A model named only as a judge, a data
/// generator or a training base forms no pair.
/// </summary>
public static class EvaluationLinker
{
    private static readonly HashSet<string> JudgeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "evaluation", "evaluator", "evaluators", "judge", "judges", "judged", "annotator", "annotators", "annotation", "annotations",
        "grader", "scorer", "rater", "raters", "as-a-judge", "generated", "synthesized", "labeled", "labelled", "assessment",
        "assessments", "assessor", "grading",
    };

    // Words before a model that make it a tool of the work rather than a subject of the evaluation.
    private static readonly HashSet<string> ToolWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "using", "via", "from", "leveraging", "prompting", "distilling", "distill", "distilled", "teacher",
    };

    // Verbs that put a model in a training or building role in the sentence.
    private static readonly HashSet<string> TrainingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "train", "trained", "trains", "training", "fine-tune", "fine-tuned", "fine-tuning", "finetune", "finetuned", "finetuning",
        "pretrain", "pretrained", "pre-trained", "distill", "distilled", "distilling", "initialize", "initialized",
        "annotate", "annotated", "construct", "constructed", "build", "built", "collect", "collected",
    };

    /// <summary>The evaluation pairs stated within one clause of one sentence.</summary>
    public static IEnumerable<EvaluationMention> Link(Sentence sentence, IReadOnlyList<TypedMention> entities, IReadOnlyList<LengthMatch> lengths, IReadOnlyDictionary<string, long?> windows)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(lengths);
        ArgumentNullException.ThrowIfNull(windows);
        // Most sentences name no model or no benchmark; they are settled before their words are read.
        if (sentence.IsTitle || !entities.Any(e => e.Kind == EntityKind.Model) || !entities.Any(e => e.Kind is EntityKind.Benchmark or EntityKind.Dataset)
            || !NameContext.HasEvaluationWord(sentence))
            yield break;
        var background = IsBackground(sentence);
        var models = entities.Where(e => e.Kind == EntityKind.Model && !IsJudge(e.Mention) && !(background && IsExample(e.Mention))).ToList();
        var benchmarks = entities.Where(e => e.Kind is EntityKind.Benchmark or EntityKind.Dataset).ToList();
        var seen = new HashSet<(string, string)>();
        foreach (var model in models)
        {
            foreach (var benchmark in benchmarks)
            {
                if (!EvaluationScope.SameScope(sentence, model.Mention.Span, benchmark.Mention.Span) || !seen.Add((model.Name, benchmark.Name)))
                    continue;
                var span = new TextSpan(Math.Min(model.Mention.Span.Start, benchmark.Mention.Span.Start), Math.Max(model.Mention.Span.End, benchmark.Mention.Span.End));
                yield return new EvaluationMention(model.Name, benchmark.Name, TiedLengths(model, sentence, lengths, windows), sentence.EvidenceFor(span, "evaluation-same-clause"));
            }
        }
    }

    /// <summary>
    /// In a paper that introduces benchmarks, pairs each of them with the models the abstract's findings name
    /// outside any training or tool role, unless the model already has a pair.
    /// </summary>
    public static IEnumerable<EvaluationMention> LinkToIntroducedBenchmarks(IReadOnlyList<NameGroup> groups, IReadOnlyList<TypedMention>[] typedBySentence, IReadOnlyList<LengthMatch> lengths, IReadOnlyDictionary<string, long?> windows, IReadOnlySet<string> pairedModels)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(typedBySentence);
        ArgumentNullException.ThrowIfNull(lengths);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(pairedModels);
        var introduced = groups.Where(g => g.Introduced && g.Kind == EntityKind.Benchmark).ToList();
        if (introduced.Count == 0)
            yield break;
        var firstIntroduction = introduced.Min(g => g.Mentions.Where(m => !m.Sentence.IsTitle).Select(m => m.Sentence.Index).DefaultIfEmpty(int.MaxValue).Min());
        var seen = new HashSet<string>(pairedModels, StringComparer.Ordinal);
        foreach (var group in groups.Where(g => g.Kind == EntityKind.Model && !g.Introduced))
        {
            if (seen.Contains(group.Name))
                continue;
            var mention = group.Mentions.FirstOrDefault(m => !m.Sentence.IsTitle && m.Sentence.Index >= firstIntroduction && IsFindingSubject(m));
            if (mention is null)
                continue;
            seen.Add(group.Name);
            var sentence = mention.Sentence;
            var model = new TypedMention(mention, group.Kind, group.Name);
            var sentenceLengths = lengths.Where(l => l.Sentence == sentence).ToList();
            foreach (var benchmark in introduced)
                yield return new EvaluationMention(group.Name, benchmark.Name, TiedLengths(model, sentence, sentenceLengths, windows), sentence.EvidenceFor(mention.Span, "evaluation-introduced-benchmark"));
        }
    }

    private static long[] TiedLengths(TypedMention model, Sentence sentence, IReadOnlyList<LengthMatch> lengths, IReadOnlyDictionary<string, long?> windows)
    {
        var tied = new SortedSet<long>(lengths.Where(l => l.Sentence == sentence).Select(l => l.Tokens));
        if (windows.TryGetValue(model.Name, out var window) && window is { } w && ModelFacts.WindowNear(model.Mention, lengths) == w)
            tied.Add(w);
        return [.. tied];
    }

    // A model the sentence reports about, not one that judged, generated, taught or was trained.
    private static bool IsFindingSubject(NameMention mention)
    {
        if (IsJudge(mention))
            return false;
        var s = mention.Sentence;
        for (var i = Math.Max(0, mention.First - 3); i < mention.First; i++)
        {
            if (ToolWords.Contains(s.Token(i)))
                return false;
        }

        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (TrainingWords.Contains(s.Token(i)))
                return false;
        }

        return true;
    }

    // "LLMs like ChatGPT ... are often evaluated on the USMLE": a model named as an example of a class, in a
    // sentence that does not speak of the authors' own work, was not evaluated by this paper.
    private static bool IsExample(NameMention mention)
    {
        var s = mention.Sentence;
        var i = mention.First - 1;
        return i >= 0 && (s.TokenIs(i, "like") || s.TokenIs(i, "e.g") || (s.TokenIs(i, "as") && i > 0 && s.TokenIs(i - 1, "such")));
    }

    private static bool IsBackground(Sentence sentence)
    {
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (OwnWorkWords.Contains(sentence.Token(i)))
                return false;
        }

        return true;
    }

    private static readonly HashSet<string> OwnWorkWords = new(StringComparer.OrdinalIgnoreCase) { "we", "our", "us", "this", "here", "results", "experiments" };

    private static bool IsJudge(NameMention mention)
    {
        var s = mention.Sentence;
        for (var i = mention.Last + 1; i < Math.Min(s.Tokens.Count, mention.Last + 4); i++)
        {
            if (JudgeWords.Contains(s.Token(i)))
                return true;
        }

        return false;
    }
}
