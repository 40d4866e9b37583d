namespace PaperGraph.Extraction.Lexicons;

/// <summary>The file names a lexicon folder may hold; built-ins are embedded under the same names.</summary>
public static class LexiconFiles
{
    /// <summary>Known models: name, aliases, params, context window, family.</summary>
    public const string Models = "models.tsv";

    /// <summary>Known benchmarks and datasets: name, aliases, kind, expansion.</summary>
    public const string Benchmarks = "benchmarks.tsv";

    /// <summary>Known methods: name, aliases, expansion.</summary>
    public const string Methods = "methods.tsv";

    /// <summary>Metric words: name, aliases.</summary>
    public const string Metrics = "metrics.tsv";

    /// <summary>Words and acronyms that are never entities ("LLMs", "SOTA").</summary>
    public const string GenericTerms = "generic-terms.tsv";

    /// <summary>Head nouns that type the name they describe ("benchmark", "framework"): word, kind.</summary>
    public const string KindCues = "kind-cues.tsv";

    /// <summary>Name endings that type a name by its shape ("Bench", "GPT"): suffix, kind.</summary>
    public const string NameSuffixes = "name-suffixes.tsv";

    /// <summary>Words that continue a name when they follow one ("Chat", "Instruct", "Turbo").</summary>
    public const string NameParts = "name-parts.tsv";

    /// <summary>Every file, in load order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Models, Benchmarks, Methods, Metrics, GenericTerms, KindCues, NameSuffixes, NameParts];
}
