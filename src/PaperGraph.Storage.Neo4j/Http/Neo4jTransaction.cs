namespace PaperGraph.Storage.Neo4j.Http;

/// <summary>
/// An explicit transaction of the Query API (<c>/query/v2/tx/{id}</c>). It commits only when told
/// to; disposed without a commit, or after a failed statement, it is rolled back.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient client;
    private readonly Uri uri;
    private string? affinity;
    private bool finished;

    internal Neo4jTransaction(Neo4jQueryClient client, Uri uri, string? affinity)
    {
        this.client = client;
        this.uri = uri;
        this.affinity = affinity;
    }

    /// <summary>Runs one statement in the transaction.</summary>
    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        ObjectDisposedException.ThrowIf(finished, this);
        using var answer = await client.SendAsync(HttpMethod.Post, uri, QueryApiJson.Request(statement, parameters), affinity, cancellationToken).ConfigureAwait(false);
        affinity = answer.Affinity;
        return QueryApiJson.Result(answer.Body.RootElement);
    }

    /// <summary>Commits everything the transaction ran.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        using var answer = await client.SendAsync(HttpMethod.Post, new Uri(uri.AbsoluteUri + "/commit"), body: null, affinity, cancellationToken).ConfigureAwait(false);
        finished = true;
    }

    /// <summary>Rolls the transaction back; nothing it ran stays.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (finished)
            return;
        finished = true;
        using var answer = await client.SendAsync(HttpMethod.Delete, uri, body: null, affinity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rolls back unless committed. A server that already dropped the transaction (after an error, or expired) has nothing to roll back.</summary>
    public async ValueTask DisposeAsync()
    {
        if (finished)
            return;
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // Neo4j rolls a transaction back itself when a statement in it fails, and forgets
            // idle ones: either way nothing of it is stored, which is what the rollback is for.
        }
    }
}
