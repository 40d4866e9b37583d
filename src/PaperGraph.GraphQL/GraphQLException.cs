namespace PaperGraph.GraphQL;

/// <summary>An error meant for the client; resolvers throw it to add extensions to the field error.</summary>
public class GraphQLException : Exception
{
    /// <summary>Creates an error with a message and optional extensions.</summary>
    public GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Extensions = extensions;
    }

    /// <summary>Creates an error wrapping another.</summary>
    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error with no message.</summary>
    public GraphQLException()
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public GraphQLException(string message)
        : base(message)
    {
    }

    /// <summary>Extra entries for the error's <c>extensions</c> in the response.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
