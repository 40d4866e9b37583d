using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace PaperGraph.Storage.Neo4j.Http;

public sealed partial class Neo4jQueryClient
{
    /// <summary>The header a cluster uses to keep a transaction's requests on one server.</summary>
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private const string UnauthorizedCode = "Neo.ClientError.Security.Unauthorized";
    private const string DatabaseNotFoundCode = "Neo.ClientError.Database.DatabaseNotFound";

    /// <summary>
    /// Sends one request and returns the parsed answer; every failure becomes a
    /// <see cref="Neo4jException"/> with Neo4j's code and a one-line message.
    /// </summary>
    internal async Task<Answer> SendAsync(HttpMethod method, Uri uri, byte[]? body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson.MediaType);
        }

        if (affinity is not null)
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException(Neo4jException.UnreachableCode, $"cannot reach Neo4j at {Server}: {QueryApiJson.OneLine(e.Message)}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jException(Neo4jException.UnreachableCode, $"Neo4j at {Server} did not answer within {Options.RequestTimeout.TotalSeconds:0.###} s", e);
        }

        using (response)
        {
            var document = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
            var error = document is null ? null : QueryApiJson.FirstError(document.RootElement);
            if (response.IsSuccessStatusCode && error is null)
            {
                var newAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
                return new Answer(document ?? JsonDocument.Parse("{}"), newAffinity ?? affinity);
            }

            document?.Dispose();
            throw Failure(response.StatusCode, error);
        }
    }

    private string Server => Options.Uri.GetLeftPart(UriPartial.Authority);

    private static async Task<JsonDocument?> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
            return null;
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException) when (!response.IsSuccessStatusCode)
        {
            // A proxy or an old server answering with HTML: the status code says enough.
            return null;
        }
    }

    private Neo4jException Failure(HttpStatusCode status, (string Code, string Message)? error)
    {
        if (status == HttpStatusCode.Unauthorized || error?.Code == UnauthorizedCode)
        {
            return new Neo4jException(UnauthorizedCode,
                $"Neo4j at {Server} refused the credentials of user '{Options.User}' (401 Unauthorized): check {Neo4jOptions.UserVariable} and {Neo4jOptions.PasswordVariable}");
        }

        if (error?.Code == DatabaseNotFoundCode)
            return new Neo4jException(DatabaseNotFoundCode, $"Neo4j at {Server} has no database '{Options.Database}': create it or set {Neo4jOptions.DatabaseVariable}");
        if (error is { } known)
            return new Neo4jException(known.Code, $"Neo4j at {Server} refused the request: {known.Code}: {known.Message}");
        if (status == HttpStatusCode.NotFound)
        {
            return new Neo4jException("Neo.ClientError.Request.Invalid",
                $"Neo4j at {Server} has no Query API for database '{Options.Database}' (404): PaperGraph needs Neo4j 5.19 or later, and {Neo4jOptions.DatabaseVariable} must name an existing database");
        }

        return new Neo4jException((int)status >= 500 ? "Neo.DatabaseError.General.UnknownError" : "Neo.ClientError.Request.Invalid",
            $"Neo4j at {Server} answered {(int)status} {status} without an error code");
    }

    /// <summary>A parsed answer and the cluster affinity to send back on the transaction's later requests.</summary>
    internal sealed record Answer(JsonDocument Body, string? Affinity) : IDisposable
    {
        public void Dispose() => Body.Dispose();
    }
}
