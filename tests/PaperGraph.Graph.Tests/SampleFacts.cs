using PaperGraph.Extraction.Model;
using PaperGraph.Graph.Building;
using PaperGraph.Graph.Model;
using PaperGraph.Graph.ReadModel;

namespace PaperGraph.Graph.Tests;

/// <summary>Hand-written extractions of small papers, so graph and store tests do not depend on the extractor.</summary>
public static class SampleFacts
{
    public const string LongInsTitle = "LongIns: A Challenging Long-context Instruction-based Exam for LLMs";
    public const string LongInsSentence = "GPT-4 with 128k context length performs poorly on the 16k evaluation window in our LongIns.";

    public static Evidence At(string sentence, string surface, string rule = "test", TextField field = TextField.Abstract)
    {
        var start = sentence.IndexOf(surface, StringComparison.Ordinal);
        return new Evidence(field, start, start + surface.Length, sentence, rule);
    }

    public static EntityMention Entity(EntityKind kind, string name, string sentence, bool introduced = false, params string[] aliases) =>
        new(kind, name, aliases, introduced, [At(sentence, name)]);

    /// <summary>A read model over fragments, as a store would load them.</summary>
    public static GraphReadModel Graph(params PaperFragment[] fragments) => GraphReadModel.Build(new GraphSnapshot(
        [.. fragments.Select(f => f.Paper)],
        [.. fragments.SelectMany(f => f.Entities).DistinctBy(e => e.Id)],
        [.. fragments.SelectMany(f => f.Repos).DistinctBy(r => r.Id)],
        [.. fragments.SelectMany(f => f.Results)],
        [.. fragments.SelectMany(f => f.ContextLengths)],
        [.. fragments.SelectMany(f => f.Relationships)]));

    /// <summary>A paper reporting one result of <paramref name="model"/> on <paramref name="benchmark"/>.</summary>
    public static PaperFragment Reports(string title, string model, string benchmark, double value, string? metric = "accuracy")
    {
        var sentence = $"{model} scores {value}% {metric} on {benchmark}.";
        var paper = new Paper(title, sentence);
        var extraction = new PaperExtraction(
            title,
            [Entity(EntityKind.Model, model, sentence), Entity(EntityKind.Benchmark, benchmark, sentence)],
            [],
            [],
            [new ResultMention(value, "%", metric, benchmark, model, $"{value}%", At(sentence, $"{value}%"))],
            [new EvaluationMention(model, benchmark, [], At(sentence, model))]);
        return GraphBuilder.Build(paper, extraction);
    }

    /// <summary>The LongIns paper: introduces LongIns, evaluates GPT-4 on it at 16K and 128K, links a repo, reports a result.</summary>
    public static PaperFragment LongIns(string abstractText = LongInsSentence)
    {
        var paper = new Paper(LongInsTitle, abstractText) { ArxivId = "2406.17588", Authors = ["S. Gavin"] };
        var extraction = new PaperExtraction(
            LongInsTitle,
            [
                Entity(EntityKind.Model, "GPT-4", LongInsSentence) with { ContextWindow = 128_000 },
                Entity(EntityKind.Benchmark, "LongIns", LongInsSentence, introduced: true),
            ],
            [
                new ContextLengthMention("128k", 128_000, "GPT-4", At(LongInsSentence, "128k")),
                new ContextLengthMention("16k", 16_000, "LongIns", At(LongInsSentence, "16k")),
            ],
            [new RepoMention("example/LongIns", At(LongInsSentence, "LongIns"))],
            [new ResultMention(61.7, "%", "accuracy", "LongIns", "GPT-4", "61.7%", At(LongInsSentence, "GPT-4"))],
            [new EvaluationMention("GPT4", "LongIns", [16_000, 128_000], At(LongInsSentence, "GPT-4"))]);
        return GraphBuilder.Build(paper, extraction);
    }

    /// <summary>A paper that evaluates GPT-4 on AG News and WNLI with no context length stated.</summary>
    public static PaperFragment ShortContext()
    {
        const string sentence = "We evaluate GPT-4 and LLaMA2-7B on AG News and WNLI.";
        var paper = new Paper("Short classification with LLMs", sentence);
        var extraction = new PaperExtraction(
            paper.Title,
            [
                Entity(EntityKind.Model, "GPT-4", sentence, aliases: "GPT4"),
                Entity(EntityKind.Model, "LLaMA2-7B", sentence) with { Params = 7_000_000_000 },
                Entity(EntityKind.Benchmark, "AG News", sentence),
                Entity(EntityKind.Benchmark, "WNLI", sentence),
            ],
            [],
            [],
            [],
            [
                new EvaluationMention("GPT-4", "AG News", [], At(sentence, "GPT-4")),
                new EvaluationMention("GPT-4", "WNLI", [], At(sentence, "GPT-4")),
                new EvaluationMention("LLaMA2-7B", "WNLI", [], At(sentence, "LLaMA2-7B")),
            ]);
        return GraphBuilder.Build(paper, extraction);
    }
}
