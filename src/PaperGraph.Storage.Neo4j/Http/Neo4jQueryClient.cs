using System.Net.Http.Headers;
using System.Text;

namespace PaperGraph.Storage.Neo4j.Http;

/// <summary>
/// Neo4j's HTTP Query API (<c>POST /db/{database}/query/v2</c>, Neo4j 5.19+, 2025.x and Aura) over
/// <see cref="HttpClient"/>: single statements in implicit transactions and units of work in
/// explicit ones, typed JSON both ways, basic auth, and retries with exponential backoff for
/// <c>Neo.TransientError.*</c>.
/// </summary>
public sealed partial class Neo4jQueryClient : IDisposable
{
    private readonly HttpClient http;
    private readonly Uri queryUri;

    /// <summary>Creates a client; <paramref name="handler"/> replaces the network (tests pass a stub).</summary>
    public Neo4jQueryClient(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: true);
        http.Timeout = options.RequestTimeout;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson.MediaType));
        var root = options.Uri.AbsoluteUri.EndsWith('/') ? options.Uri : new Uri(options.Uri.AbsoluteUri + "/");
        queryUri = new Uri(root, $"db/{Uri.EscapeDataString(options.Database)}/query/v2");
    }

    /// <summary>Where the client connects, and as whom.</summary>
    public Neo4jOptions Options { get; }

    /// <summary>Runs one statement in its own (implicit) transaction, retrying transient errors.</summary>
    public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        return WithRetriesAsync(async () =>
        {
            using var answer = await SendAsync(HttpMethod.Post, queryUri, QueryApiJson.Request(statement, parameters), affinity: null, cancellationToken).ConfigureAwait(false);
            return QueryApiJson.Result(answer.Body.RootElement);
        }, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it. Any failure rolls
    /// the transaction back, so nothing of it stays; a transient error runs the whole work again.
    /// </summary>
    public Task<T> ExecuteAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WithRetriesAsync(async () =>
        {
            var transaction = await BeginAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }, cancellationToken);
    }

    /// <summary>Opens an explicit transaction; disposing it without a commit rolls it back.</summary>
    public async Task<Neo4jTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        using var answer = await SendAsync(HttpMethod.Post, new Uri(queryUri.AbsoluteUri + "/tx"), body: null, affinity: null, cancellationToken).ConfigureAwait(false);
        var id = QueryApiJson.TransactionId(answer.Body.RootElement);
        return new Neo4jTransaction(this, new Uri(queryUri.AbsoluteUri + "/tx/" + Uri.EscapeDataString(id)), answer.Affinity);
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    /// <summary>Runs an operation, again after a growing wait while it fails with a transient error and retries are left.</summary>
    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await operation().ConfigureAwait(false);
            }
            catch (Neo4jException e) when (e.IsTransient && attempt < Options.MaxRetries)
            {
                await Task.Delay(Options.RetryDelay * Math.Pow(2, attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
