using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Recognizers;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// Entities that look like names but name no model, benchmark, dataset or method: a bare two-letter acronym
/// the paper never spells out ("UI task automation", "the IQ evaluation"), a research field ("in the field
/// of NetOps"), a metric ("the Token Entropy metric"), a cited author ("Vaswani et al."), the remains of a
/// LaTeX arrow ("QrightarrowA"), and a lower-case word with digits the text does not make data. A lexicon
/// name always counts.
/// </summary>
internal static class NoThingNamed
{
    /// <summary>True when the entity's mentions, typed <paramref name="kind"/>, name nothing the record keeps.</summary>
    public static bool By(List<NameMention> mentions, EntityKind kind)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Exists(m => m.Entry is not null))
            return false;
        // "newstest2019" is kept only as the benchmark or dataset the text makes it.
        if (kind is not (EntityKind.Benchmark or EntityKind.Dataset) && mentions.TrueForAll(m => m.Rule == NameShape.LowerCaseDataRule))
            return true;
        if (!mentions.Exists(m => m.Acronym is not null) && mentions.TrueForAll(m => m.Surface is [var a, var b] && char.IsUpper(a) && char.IsUpper(b)))
            return true;
        return mentions.Exists(m => IsFieldName(m) || IsMetricName(m) || IsAuthorCitation(m) || m.Surface.Contains("arrow", StringComparison.Ordinal));
    }

    // "the Token Entropy metric", "the Act.EM metric": a name the text calls a metric measures things; it is none of our kinds.
    private static bool IsMetricName(NameMention mention) =>
        mention.Last + 1 < mention.Sentence.Tokens.Count && mention.Sentence.GapAfter(mention.Last) is " "
        && (mention.Sentence.TokenIs(mention.Last + 1, "metric") || mention.Sentence.TokenIs(mention.Last + 1, "metrics"));

    // "the Transformer by Vaswani et al. (2017)": an author cited.
    private static bool IsAuthorCitation(NameMention mention) =>
        mention.Last + 1 < mention.Sentence.Tokens.Count && mention.Sentence.TokenIs(mention.Last + 1, "et");

    private static bool IsFieldName(NameMention mention)
    {
        var s = mention.Sentence;
        var i = mention.First - 1;
        if (i >= 0 && s.TokenIs(i, "the"))
            i--;
        return i >= 1 && s.TokenIs(i, "of") && FieldWords.Contains(s.Token(i - 1));
    }

    private static readonly HashSet<string> FieldWords = new(StringComparer.OrdinalIgnoreCase) { "field", "fields", "area", "areas", "domain", "domains", "discipline" };
}
