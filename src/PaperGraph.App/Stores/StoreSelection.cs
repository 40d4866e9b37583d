namespace PaperGraph.App.Stores;

/// <summary>
/// Which store a command or the server uses: the embedded SQLite file, or Neo4j at an address
/// that the options name or the <c>NEO4J_*</c> variables give (the password only from <c>NEO4J_PASSWORD</c>).
/// </summary>
internal sealed record StoreSelection(string Kind, string SqlitePath, string? Neo4jUri = null, string? Neo4jUser = null, string? Neo4jDatabase = null)
{
    /// <summary>The embedded store.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The Neo4j store.</summary>
    public const string Neo4j = "neo4j";

    /// <summary>The store kinds, as <c>--store</c> accepts them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [Sqlite, Neo4j];

    /// <summary>True for the Neo4j store.</summary>
    public bool IsNeo4j => Kind == Neo4j;
}
