namespace PaperGraph.Storage.Neo4j;

/// <summary>
/// A failure reported by Neo4j or on the way to it. <see cref="Code"/> is Neo4j's status code
/// (<c>Neo.ClientError.Security.Unauthorized</c>, ...) when the server answered; the message is one line a user can act on.
/// </summary>
public sealed class Neo4jException : Exception
{
    /// <summary>The code of a server that could not be reached or did not answer in time.</summary>
    public const string UnreachableCode = "PaperGraph.Neo4j.Unreachable";

    /// <summary>Creates the exception.</summary>
    public Neo4jException(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    /// <summary>Creates the exception.</summary>
    public Neo4jException()
        : this(UnreachableCode, "Neo4j failed")
    {
    }

    /// <summary>Creates the exception.</summary>
    public Neo4jException(string message)
        : this(UnreachableCode, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public Neo4jException(string message, Exception inner)
        : this(UnreachableCode, message, inner)
    {
    }

    /// <summary>Neo4j's status code, or <see cref="UnreachableCode"/>.</summary>
    public string Code { get; }

    /// <summary>True for <c>Neo.TransientError.*</c>: the same work may succeed when tried again.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}
