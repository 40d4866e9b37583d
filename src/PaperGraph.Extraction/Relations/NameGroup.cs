using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Recognizers;

namespace PaperGraph.Extraction.Relations;

/// <summary>All mentions of one entity in a paper (same key, acronym and expansion, or one lexicon entry) and its decided kind.</summary>
public sealed class NameGroup(List<NameMention> mentions, EntityKind kind, string kindRule)
{
    /// <summary>The mentions in text order.</summary>
    public List<NameMention> Mentions { get; } = mentions;

    /// <summary>The decided kind.</summary>
    public EntityKind Kind { get; } = kind;

    /// <summary>The recogniser rule that decided the kind.</summary>
    public string KindRule { get; } = kindRule;

    /// <summary>The fullest written form: an acronym's expansion, else the longest surface.</summary>
    public string Name { get; } = ChooseName(mentions);

    /// <summary>True when the paper introduces the entity.</summary>
    public bool Introduced { get; set; }

    /// <summary>The rule that found the introduction, if any.</summary>
    public string? IntroducedRule { get; set; }

    /// <summary>Parameter count stated in the text.</summary>
    public long? Params { get; set; }

    /// <summary>Context window stated in the text.</summary>
    public long? ContextWindow { get; set; }

    /// <summary>True when the mention belongs to this group.</summary>
    public bool Contains(NameMention mention) => Mentions.Contains(mention);

    private static string ChooseName(List<NameMention> mentions)
    {
        var expansion = mentions.FirstOrDefault(m => m.Acronym is not null);
        if (expansion is not null)
            return expansion.Surface;
        var best = mentions[0].Surface;
        foreach (var mention in mentions)
        {
            if (mention.Surface.Length > best.Length)
                best = mention.Surface;
        }

        return best;
    }
}
