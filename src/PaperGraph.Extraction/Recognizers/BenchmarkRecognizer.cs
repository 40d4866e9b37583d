using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>
/// Recognises benchmarks and datasets: known ones, benchmark-like endings ("MIR-Bench", "LV-Eval", "HotpotQA"),
/// what the text calls a benchmark, dataset or corpus, and names that things are evaluated on.
/// </summary>
public sealed class BenchmarkRecognizer : IKindRecognizer
{
    /// <inheritdoc />
    public void Vote(NameMention mention, NameContext context, KindVotes votes)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(votes);
        if (mention.Entry?.Kind is EntityKind.Benchmark or EntityKind.Dataset)
            votes.Add(mention.Entry.Kind, 10, "data-lexicon");
        if (mention.Entry is null && VariantOf(mention.Surface, context) is { } family)
            votes.AddForShape(family, 6, "data-variant-of-known", mention.Surface);
        if (ModelRecognizer.SuffixKind(mention, context) is EntityKind.Benchmark or EntityKind.Dataset)
            votes.AddForShape(EntityKind.Benchmark, 4, "benchmark-suffix", mention.Surface);
        if (IsData(context.AdjacentCue(mention), out var adjacent))
            votes.Add(adjacent, 4, "data-head-noun");
        if (IsData(context.AppositiveCue(mention), out var appositive))
            votes.Add(appositive, ModelRecognizer.AppositiveWeight(mention), "data-appositive");
        if ((mention.Acronym is not null || mention.Rule == "capitalized-introduced") && IsData(context.HeadCue(mention), out var head))
            votes.Add(head, 5, "data-expansion-head");
        if (IsData(context.ListIntroCue(mention), out var list))
            votes.Add(list, 3, "data-list-head");
        // "the effect of PTQ on Weight, Activation, and KV Cache": a lone capitalised plain word after "on" is too
        // often an ordinary noun for the frame alone to make it a benchmark; a compound ("Math-Hard") is not.
        if (NameContext.EvaluatedOn(mention) && !IsPlainWord(mention))
            votes.Add(EntityKind.Benchmark, 2, "benchmark-evaluated-on");
    }

    // "CMMLU-0shot-CoT", "GSM8K-Hard": a variant of a known benchmark, named by its first part, is data of the same kind.
    private static EntityKind? VariantOf(string surface, NameContext context)
    {
        var dash = surface.IndexOf('-');
        if (dash < 3 || surface.Contains(' '))
            return null;
        var head = surface[..dash];
        return context.Lexicon.Find(head) is { Kind: EntityKind.Benchmark or EntityKind.Dataset } entry ? entry.Kind : null;
    }

    private static bool IsPlainWord(NameMention mention) =>
        mention.Strength == NameStrength.Weak && mention.First == mention.Last && !mention.Surface.AsSpan().ContainsAny("-0123456789");

    private static bool IsData(EntityKind? kind, out EntityKind data)
    {
        data = kind ?? EntityKind.Benchmark;
        return kind is EntityKind.Benchmark or EntityKind.Dataset;
    }
}
