using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL;

/// <summary>An error in a response, shaped as the specification's section 7.1.2 says.</summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error.</summary>
    public GraphQLError(string message, IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message;
        Locations = locations is { Count: > 0 } ? locations : null;
        Path = path;
        Extensions = extensions;
    }

    /// <summary>Creates an error at one location.</summary>
    public GraphQLError(string message, SourceLocation? location)
        : this(message, location is { } l ? [l] : null)
    {
    }

    /// <summary>A description for the developer.</summary>
    public string Message { get; }

    /// <summary>Where in the document the error is.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path of the field that failed.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra information, such as an error code.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
