using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>
/// Recognises methods: known methods, what the text calls a framework, method, approach or technique,
/// acronym expansions that name a procedure ("In-Context Abstraction Learning"), and, as the fallback,
/// any coined name the text does not type otherwise.
/// </summary>
public sealed class MethodRecognizer : IKindRecognizer
{
    /// <inheritdoc />
    public void Vote(NameMention mention, NameContext context, KindVotes votes)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(votes);
        if (mention.Entry?.Kind == EntityKind.Method)
            votes.Add(EntityKind.Method, 10, "method-lexicon");
        if (ModelRecognizer.SuffixKind(mention, context) == EntityKind.Method)
            votes.AddForShape(EntityKind.Method, 3, "method-suffix", mention.Surface);
        if (context.AdjacentCue(mention) == EntityKind.Method)
            votes.Add(EntityKind.Method, 4, "method-head-noun");
        if (context.AppositiveCue(mention) == EntityKind.Method)
            votes.Add(EntityKind.Method, ModelRecognizer.AppositiveWeight(mention), "method-appositive");
        if (mention.Acronym is not null)
            votes.Add(EntityKind.Method, context.HeadCue(mention) == EntityKind.Method ? 5 : 1.5, "method-expansion");
        if (mention.Strength == NameStrength.Strong)
            votes.AddForShape(EntityKind.Method, 1, "method-fallback", mention.Surface, isEvidence: false);
    }
}
