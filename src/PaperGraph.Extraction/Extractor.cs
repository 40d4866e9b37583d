using PaperGraph.Extraction.Lexicons;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Recognizers;
using PaperGraph.Extraction.Relations;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction;

/// <summary>
/// Turns a paper's title and abstract into entities, lengths, repos, results and evaluations with evidence.
/// Holds no per-paper state, so one instance can serve several threads.
/// </summary>
public sealed class Extractor
{
    private readonly Lexicon _lexicon;
    private readonly NameFinder _names;
    private readonly NameGrouper _grouper;
    private readonly ResultRecognizer _results;

    /// <summary>Creates an extractor over <paramref name="lexicon"/>.</summary>
    public Extractor(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _names = new NameFinder(lexicon);
        _grouper = new NameGrouper(new NameContext(lexicon), [new ModelRecognizer(), new BenchmarkRecognizer(), new MethodRecognizer()]);
        _results = new ResultRecognizer(lexicon);
    }

    /// <summary>Extracts every fact of one paper.</summary>
    public PaperExtraction Extract(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var text = new PaperText(paper.Title, paper.Abstract);
        var mentions = new List<NameMention>();
        foreach (var sentence in text.Sentences)
        {
            var found = _names.Find(sentence);
            found.Sort((a, b) => a.First.CompareTo(b.First));
            mentions.AddRange(found);
        }

        mentions.RemoveAll(new PaperVocabulary(text).IsOrdinaryWord);
        var groups = _grouper.Group(mentions);
        // The entities are settled; where a one-word name of theirs recurs at a sentence start, group again with it.
        if (RepeatedNames.Find(text, mentions, groups) is { Count: > 0 } repeats)
        {
            mentions.AddRange(repeats);
            mentions.Sort((a, b) => a.Sentence.Index != b.Sentence.Index ? a.Sentence.Index.CompareTo(b.Sentence.Index) : a.First.CompareTo(b.First));
            groups = _grouper.Group(mentions);
        }

        var repos = new List<RepoMention>();
        foreach (var sentence in text.Sentences)
        {
            foreach (var repo in RepoRecognizer.Find(sentence))
            {
                if (!repos.Any(r => string.Equals(r.Name, repo.Name, StringComparison.OrdinalIgnoreCase)))
                    repos.Add(repo);
            }
        }

        IntroducedDetector.Mark(groups, text.Sentences[0], repos);

        var typedBySentence = TypedMentions(text, groups);
        var lengths = new List<LengthMatch>();
        foreach (var sentence in text.Sentences)
            lengths.AddRange(ContextLengthRecognizer.Find(sentence).Where(l => !IsNameSize(l, typedBySentence[sentence.Index])));
        ModelFacts.Attach(groups, lengths);

        var contextLengths = lengths.Select(l => new ContextLengthMention(l.Text, l.Tokens, SubjectOf(l, typedBySentence[l.Sentence.Index]), l.Sentence.EvidenceFor(l.Span, l.Rule))).ToList();
        var windows = groups.Where(g => g.Kind == EntityKind.Model).GroupBy(g => g.Name).ToDictionary(g => g.Key, g => g.First().ContextWindow);
        var results = new List<ResultMention>();
        var evaluations = new List<EvaluationMention>();
        foreach (var sentence in text.Sentences)
        {
            var typed = typedBySentence[sentence.Index];
            var sentenceLengths = lengths.Where(l => l.Sentence == sentence).ToList();
            results.AddRange(_results.Find(sentence, typed, sentenceLengths));
            foreach (var evaluation in EvaluationLinker.Link(sentence, typed, sentenceLengths, windows))
            {
                if (!evaluations.Any(e => e.Model == evaluation.Model && e.Benchmark == evaluation.Benchmark))
                    evaluations.Add(evaluation);
            }
        }

        results = ResultScope.InPaper(results, groups);
        var pairedModels = evaluations.Select(e => e.Model).ToHashSet(StringComparer.Ordinal);
        evaluations.AddRange(EvaluationLinker.LinkToIntroducedBenchmarks(groups, typedBySentence, lengths, windows, pairedModels));
        return new PaperExtraction(paper.Title, [.. groups.Select(ToEntity)], contextLengths, repos, results, evaluations);
    }

    private EntityMention ToEntity(NameGroup group)
    {
        var aliases = group.Mentions.Select(m => m.Surface).Where(s => s != group.Name).Distinct(StringComparer.Ordinal).ToList();
        var evidence = group.Mentions.Select(m => m.Sentence.EvidenceFor(m.Span, $"{m.Rule}+{group.KindRule}")).ToList();
        var entry = group.Mentions.Where(m => m.EntryIsExact).Select(m => m.Entry).FirstOrDefault() ?? _lexicon.Find(group.Name);
        return new EntityMention(group.Kind, group.Name, aliases, group.Introduced, evidence)
        {
            CanonicalName = entry?.Name,
            IntroducedRule = group.IntroducedRule,
            Params = group.Kind == EntityKind.Model ? group.Params : null,
            ContextWindow = group.Kind == EntityKind.Model ? group.ContextWindow : null,
        };
    }

    private static List<TypedMention>[] TypedMentions(PaperText text, List<NameGroup> groups)
    {
        var bySentence = new List<TypedMention>[text.Sentences.Count];
        for (var i = 0; i < bySentence.Length; i++)
            bySentence[i] = [];
        foreach (var group in groups)
        {
            foreach (var mention in group.Mentions)
                bySentence[mention.Sentence.Index].Add(new TypedMention(mention, group.Kind, group.Name));
        }

        foreach (var list in bySentence)
            list.Sort((a, b) => a.Mention.Span.Start.CompareTo(b.Mention.Span.Start));
        return bySentence;
    }

    // "E.T. Instruct 164K": a size inside a dataset's name is not a context length; inside a model's name a K is
    // ("GPT-4-128K") but tens of millions count parameters ("OPT-125M", "GPT-2 355M").
    private static bool IsNameSize(LengthMatch length, List<TypedMention> typed) =>
        typed.Any(t => t.Mention.Span.Start <= length.Span.Start && length.Span.End <= t.Mention.Span.End
            && (t.Kind != EntityKind.Model || NameShape.IsMillionSize(length.Text)));

    // The model whose name holds the length, else the nearest model or benchmark written before it in the sentence.
    private static string? SubjectOf(LengthMatch length, List<TypedMention> typed)
    {
        TypedMention? best = null;
        foreach (var t in typed)
        {
            if (t.Kind == EntityKind.Method)
                continue;
            if (t.Mention.Span.Start <= length.Span.Start && length.Span.End <= t.Mention.Span.End)
                return t.Name;
            if (t.Mention.Span.End <= length.Span.Start)
                best = t;
        }

        return best?.Name;
    }
}
