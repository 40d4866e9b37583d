using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Recognizers;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// Pairs the models and benchmarks a sentence says were evaluated together ("GPT-4 ... performs poorly
/// ... in our LongIns"), with the token lengths the same sentence ties to that evaluation.
/// A model named only as a judge ("GPT-4 evaluation") forms no pair.
/// </summary>
public static class EvaluationLinker
{
    private static readonly HashSet<string> JudgeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "evaluation", "evaluator", "evaluators", "judge", "judges", "judged", "annotator", "annotators", "annotation", "annotations",
        "grader", "scorer", "rater", "raters", "as-a-judge", "generated", "synthesized", "labeled", "labelled",
    };

    /// <summary>The evaluation pairs of one sentence.</summary>
    public static IEnumerable<EvaluationMention> Link(Sentence sentence, IReadOnlyList<TypedMention> entities, IReadOnlyList<LengthMatch> lengths, IReadOnlyDictionary<string, long?> windows)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(lengths);
        ArgumentNullException.ThrowIfNull(windows);
        if (sentence.IsTitle || !NameContext.HasEvaluationWord(sentence))
            yield break;
        var models = entities.Where(e => e.Kind == EntityKind.Model && !IsJudge(e.Mention)).ToList();
        var benchmarks = entities.Where(e => e.Kind is EntityKind.Benchmark or EntityKind.Dataset).ToList();
        var seen = new HashSet<(string, string)>();
        foreach (var model in models)
        {
            foreach (var benchmark in benchmarks)
            {
                if (!seen.Add((model.Name, benchmark.Name)))
                    continue;
                var tied = new SortedSet<long>(lengths.Where(l => l.Sentence == sentence).Select(l => l.Tokens));
                if (windows.TryGetValue(model.Name, out var window) && window is { } w && ModelFacts.WindowNear(model.Mention, lengths) == w)
                    tied.Add(w);
                var span = new TextSpan(Math.Min(model.Mention.Span.Start, benchmark.Mention.Span.Start), Math.Max(model.Mention.Span.End, benchmark.Mention.Span.End));
                yield return new EvaluationMention(model.Name, benchmark.Name, [.. tied], sentence.EvidenceFor(span, "evaluation-same-sentence"));
            }
        }
    }

    private static bool IsJudge(NameMention mention)
    {
        var s = mention.Sentence;
        for (var i = mention.Last + 1; i < Math.Min(s.Tokens.Count, mention.Last + 4); i++)
        {
            if (JudgeWords.Contains(s.Token(i).ToString()))
                return true;
        }

        return false;
    }
}
