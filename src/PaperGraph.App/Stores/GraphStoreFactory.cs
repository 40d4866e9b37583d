using PaperGraph.App.Cli;
using PaperGraph.Graph;
using PaperGraph.Storage.Neo4j;
using PaperGraph.Storage.Sqlite;

namespace PaperGraph.App.Stores;

/// <summary>The one place that turns a <see cref="StoreSelection"/> into a store, for the commands and the server alike.</summary>
internal static class GraphStoreFactory
{
    private static readonly AsyncLocal<HttpMessageHandler?> TestHandler = new();

    /// <summary>Replaces the network under every Neo4j store created in the current async flow (tests pass a stub); dispose to undo.</summary>
    public static IDisposable UseNeo4jHandler(HttpMessageHandler handler)
    {
        TestHandler.Value = handler;
        return new Undo();
    }

    /// <summary>Creates the selected store, not yet initialised; a bad Neo4j setting is a usage error.</summary>
    public static IGraphStore Create(StoreSelection selection, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return selection.IsNeo4j
            ? new Neo4jGraphStore(Neo4jOptionsOf(selection, environment), TestHandler.Value)
            : new SqliteGraphStore(selection.SqlitePath);
    }

    /// <summary>Where the selected store is, for messages (never the password).</summary>
    public static string Describe(StoreSelection selection, Func<string, string?>? environment = null) =>
        selection.IsNeo4j ? "Neo4j " + Neo4jOptionsOf(selection, environment) : selection.SqlitePath;

    /// <summary>The Neo4j settings of a selection: its options first, then the <c>NEO4J_*</c> variables.</summary>
    public static Neo4jOptions Neo4jOptionsOf(StoreSelection selection, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(selection);
        try
        {
            return Neo4jOptions.FromEnvironment(environment, selection.Neo4jUri, selection.Neo4jUser, selection.Neo4jDatabase);
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException(e.Message, e);
        }
    }

    private sealed class Undo : IDisposable
    {
        public void Dispose() => TestHandler.Value = null;
    }
}
