namespace PaperGraph.Extraction.Model;

/// <summary>
/// One named entity of a paper: its fullest written name, the other surface forms used for it
/// in the same paper, whether the paper introduces it, and where it was seen.
/// </summary>
public sealed record EntityMention(
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    bool Introduced,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>
    /// The lexicon's canonical name when the entity is a known one written another way in this
    /// paper ("GPT4" is GPT-4), so that mentions across papers resolve to one graph node; else null.
    /// </summary>
    public string? CanonicalName { get; init; }

    /// <summary>The rule that found the paper introduces the entity ("introduced-verb"), when it does.</summary>
    public string? IntroducedRule { get; init; }

    /// <summary>Parameter count stated for this model in the text, if any (models only).</summary>
    public long? Params { get; init; }

    /// <summary>Context window in tokens stated for this model in the text, if any (models only).</summary>
    public long? ContextWindow { get; init; }
}
