namespace PaperGraph.Graph;

/// <summary>A store that cannot be opened, read or written; the message names the store.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StoreException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public StoreException(string message)
        : base(message)
    {
    }
}
