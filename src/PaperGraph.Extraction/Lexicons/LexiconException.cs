namespace PaperGraph.Extraction.Lexicons;

/// <summary>A lexicon file that cannot be used; the message names the file, line and field.</summary>
public sealed class LexiconException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LexiconException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public LexiconException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public LexiconException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
