namespace PaperGraph.Extraction.Lexicons;

/// <summary>Known models, benchmarks, methods and metrics with their aliases.</summary>
public sealed class Lexicon
{
    /// <summary>The lexicons shipped with PaperGraph.</summary>
    public static Lexicon LoadBuiltIn() => new();

    /// <summary>The built-in lexicons extended by the files in <paramref name="userDirectories"/>.</summary>
    public static Lexicon Load(IEnumerable<string> userDirectories)
    {
        ArgumentNullException.ThrowIfNull(userDirectories);
        return new Lexicon();
    }
}
