namespace PaperGraph.Extraction.Lexicons;

/// <summary>A lexicon file row that cannot be used; the message names the file, the line and the field.</summary>
public sealed class LexiconException : Exception
{
    /// <summary>Creates the exception for a problem at <paramref name="file"/>:<paramref name="line"/>, field <paramref name="field"/>.</summary>
    public LexiconException(string file, int line, int field, string problem)
        : base($"{file}:{line}: field {field}: {problem}")
    {
        File = file;
        Line = line;
        Field = field;
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public LexiconException(string message)
        : base(message)
    {
        File = string.Empty;
    }

    /// <summary>Creates the exception with a plain message and its cause.</summary>
    public LexiconException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
    }

    /// <summary>Creates the exception with no detail.</summary>
    public LexiconException()
    {
        File = string.Empty;
    }

    /// <summary>The lexicon file, as named when loading it.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the bad row.</summary>
    public int Line { get; }

    /// <summary>The 1-based tab-separated field of the bad row.</summary>
    public int Field { get; }
}
