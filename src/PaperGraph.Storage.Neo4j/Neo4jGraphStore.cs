using PaperGraph.Graph;
using PaperGraph.Storage.Neo4j.Http;

namespace PaperGraph.Storage.Neo4j;

/// <summary>
/// The graph in Neo4j, for teams: the same nodes, relationships and write semantics as the
/// embedded store, over Neo4j's HTTP Query API. Every statement is an embedded file of the
/// top-level <c>cypher/</c> folder; each batch is one explicit transaction.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jQueryClient client;
    private readonly bool ownsClient;

    /// <summary>A store on the server the options name; <paramref name="handler"/> replaces the network (tests pass a stub).</summary>
    public Neo4jGraphStore(Neo4jOptions options, HttpMessageHandler? handler = null)
        : this(new Neo4jQueryClient(options, handler), ownsClient: true)
    {
    }

    /// <summary>A store over an existing client, which the caller keeps and disposes.</summary>
    public Neo4jGraphStore(Neo4jQueryClient client)
        : this(client, ownsClient: false)
    {
    }

    private Neo4jGraphStore(Neo4jQueryClient client, bool ownsClient)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
        this.ownsClient = ownsClient;
    }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            // Schema commands cannot share a transaction with data writes: each runs on its own.
            foreach (var statement in CypherResources.SchemaStatements())
                await client.RunAsync(statement, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e)
        {
            throw new StoreException($"cannot open the Neo4j store: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (ownsClient)
            client.Dispose();
        return ValueTask.CompletedTask;
    }
}
