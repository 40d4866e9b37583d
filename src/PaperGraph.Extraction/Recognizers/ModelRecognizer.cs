using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Relations;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>
/// Recognises models: known models, names of a known family ("Llama3", "Qwen2.5-7B"), names carrying a
/// size ("StruXGPT-7B", "BLOOM 175B"), model-like endings ("MechGPT", "SharedLLM") and what the text calls a model.
/// </summary>
public sealed class ModelRecognizer : IKindRecognizer
{
    /// <inheritdoc />
    public void Vote(NameMention mention, NameContext context, KindVotes votes)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(votes);
        if (mention.Entry?.Kind == EntityKind.Model)
            votes.Add(EntityKind.Model, 10, "model-lexicon");
        if (mention.Rule == "family-shape")
            votes.AddForShape(EntityKind.Model, 6, "model-family-shape", mention.Surface);
        // The guideline's test: a size in the name is a parameter count, so the name is a model even when the
        // text calls it an approach; it outweighs the introducing sentence (10).
        if (NameShape.ParamsInName(mention.Surface) is not null && mention.Entry is null)
            votes.AddForShape(EntityKind.Model, 12, "model-size-in-name", mention.Surface);
        if (SuffixKind(mention, context) == EntityKind.Model)
            votes.AddForShape(EntityKind.Model, 3, "model-suffix", mention.Surface);
        // The guideline's test: a named system given a parameter count is a model.
        if (ModelFacts.ParamsNear(mention) is not null)
            votes.AddForShape(EntityKind.Model, 5, "model-parameter-count", mention.Surface);
        if (context.AdjacentCue(mention) == EntityKind.Model)
            votes.Add(EntityKind.Model, 4, "model-head-noun");
        if (context.AppositiveCue(mention) == EntityKind.Model)
            votes.Add(EntityKind.Model, AppositiveWeight(mention), "model-appositive");
        if (context.ListIntroCue(mention) == EntityKind.Model)
            votes.Add(EntityKind.Model, 3, "model-list-head");
        if ((mention.Acronym is not null || mention.Rule == "capitalized-introduced") && context.HeadCue(mention) == EntityKind.Model)
            votes.Add(EntityKind.Model, 5, "model-expansion-head");
    }

    /// <summary>
    /// A title's "X: A ... Benchmark" and "we propose X, a ... strategy" are the authors' own definition and
    /// outweigh a passing description ("the open source library X"); the sentence that introduces the name
    /// weighs as much as the lexicon.
    /// </summary>
    internal static double AppositiveWeight(NameMention mention)
    {
        if (mention.Sentence.IsTitle)
            return 6;
        var before = mention.First - 1;
        return before >= 0 && IntroducedDetector.IsIntroducingVerb(mention.Sentence.Token(before)) ? 10 : 4;
    }

    /// <summary>The kind the name's ending gives it ("Bench", "GPT"), matched case-sensitively.</summary>
    internal static EntityKind? SuffixKind(NameMention mention, NameContext context)
    {
        // "PEQA" spelled out as "... Adaptation": the expansion's words type an acronym, not its last letters.
        if (mention.Rule == "acronym")
            return null;
        var surface = mention.Surface;
        foreach (var (suffix, kind) in context.Lexicon.Suffixes)
        {
            if (surface.Length > suffix.Length && surface.EndsWith(suffix, StringComparison.Ordinal))
                return kind;
        }

        return null;
    }
}
