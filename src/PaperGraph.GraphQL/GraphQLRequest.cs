namespace PaperGraph.GraphQL;

/// <summary>One GraphQL request: the document, which operation, and its variables.</summary>
public sealed class GraphQLRequest
{
    /// <summary>The document text.</summary>
    public required string Query { get; init; }

    /// <summary>The operation to run when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>Variable values as JSON-like objects (see <see cref="JsonInput"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The value the root fields resolve against.</summary>
    public object? RootValue { get; init; }

    /// <summary>Passed to every resolver as <see cref="ResolveContext.UserContext"/>.</summary>
    public object? UserContext { get; init; }

    /// <summary>Set for HTTP GET: a mutation then gives a request error.</summary>
    public bool QueryOnly { get; init; }
}
