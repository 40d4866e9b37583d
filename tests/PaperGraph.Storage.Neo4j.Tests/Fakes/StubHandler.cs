using System.Net;
using System.Text;

namespace PaperGraph.Storage.Neo4j.Tests.Fakes;

/// <summary>A request as the server would see it.</summary>
public sealed record SentRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Accept, string? ContentType, string? Affinity, string Body);

/// <summary>Stands in for the network: records every request and answers with what the test scripts.</summary>
public sealed class StubHandler(Func<SentRequest, int, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private readonly List<SentRequest> requests = [];

    /// <summary>Every request sent so far, in order.</summary>
    public IReadOnlyList<SentRequest> Requests
    {
        get
        {
            lock (requests)
                return [.. requests];
        }
    }

    /// <summary>A handler answering every request with the same status and body.</summary>
    public static StubHandler Always(HttpStatusCode status, string body) => new((_, _) => Task.FromResult(Json(status, body)));

    /// <summary>A handler answering the requests in turn with the given status and body pairs (the last one repeats).</summary>
    public static StubHandler Sequence(params (HttpStatusCode Status, string Body)[] answers) =>
        new((_, index) => Task.FromResult(Json(answers[Math.Min(index, answers.Length - 1)].Status, answers[Math.Min(index, answers.Length - 1)].Body)));

    /// <summary>A JSON answer.</summary>
    public static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/vnd.neo4j.query") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var sent = new SentRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            string.Join(",", request.Headers.Accept.Select(a => a.MediaType)),
            request.Content?.Headers.ContentType?.MediaType,
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var values) ? values.Single() : null,
            body);
        int index;
        lock (requests)
        {
            index = requests.Count;
            requests.Add(sent);
        }

        var response = await respond(sent, index).WaitAsync(cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
