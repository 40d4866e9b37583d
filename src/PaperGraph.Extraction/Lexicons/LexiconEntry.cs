using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Lexicons;

/// <summary>A known model, benchmark, dataset or method: its canonical name, aliases and known facts.</summary>
public sealed record LexiconEntry(EntityKind Kind, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>Parameter count of the model, when the lexicon knows it.</summary>
    public long? Params { get; init; }

    /// <summary>Context window of the model in tokens, when the lexicon knows it.</summary>
    public long? ContextWindow { get; init; }

    /// <summary>The model family ("Llama" for "Llama-2-7B"), when given.</summary>
    public string? Family { get; init; }

    /// <summary>The long form of an acronym name ("Needle-In-A-Haystack" for "NIAH"), when given.</summary>
    public string? Expansion { get; init; }

    /// <summary>Forms that match only when written with exactly their capitalisation ("MATH", never "Math").</summary>
    public IReadOnlyList<string> ExactCaseForms { get; init; } = [];
}
