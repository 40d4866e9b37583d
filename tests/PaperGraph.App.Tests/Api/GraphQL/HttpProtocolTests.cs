using System.Net;
using System.Text;

namespace PaperGraph.App.Tests.Api.GraphQL;

/// <summary>GraphQL over HTTP: methods, media types, status codes and limits.</summary>
[Collection(SampleServerCollection.Name)]
public sealed class HttpProtocolTests(GraphQLServer server)
{
    private async Task<GraphQLResponse> SendAsync(HttpMethod method, string url, string? body = null, string? contentType = "application/json", string? accept = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, contentType!);
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        return await GraphQLResponse.ReadAsync(await server.Http.SendAsync(request));
    }

    [Fact]
    public async Task A_query_over_get_is_answered()
    {
        var response = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("query ($n: String!) { model(name: $n) { name } }")
            + "&variables=" + Uri.EscapeDataString("""{"n":"gpt4"}"""), accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["GPT-4"], response.Strings("model.name"));
    }

    [Fact]
    public async Task A_mutation_over_get_is_method_not_allowed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("""mutation { verifyFact(id: "x") { id } }"""));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task A_request_error_is_400_only_for_the_graphql_response_media_type(string accept, HttpStatusCode expected)
    {
        var response = await server.PostAsync("{ noSuchField }", accept: accept);

        Assert.Equal(expected, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.False(response.Body.TryGetProperty("data", out _));
        Assert.Contains("noSuchField", Assert.Single(response.ErrorMessages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_accept_header_gets_application_json()
    {
        var response = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ __typename }"}""");

        Assert.Equal("application/json", response.MediaType);
        Assert.Equal(["Query"], response.Strings("__typename"));
    }

    [Theory]
    [InlineData("""{"query":"{ __typename }"}""", "text/plain", null, HttpStatusCode.UnsupportedMediaType)]
    [InlineData("""{"query":"{ __typename }"}""", "application/json", "text/html;q=0.9, image/png", HttpStatusCode.NotAcceptable)]
    [InlineData("""{"query": 7}""", "application/json", null, HttpStatusCode.BadRequest)]
    [InlineData("""{"query":"{ __typename }","variables":[1]}""", "application/json", null, HttpStatusCode.BadRequest)]
    [InlineData("""{"query":""", "application/json", null, HttpStatusCode.BadRequest)]
    public async Task Malformed_requests_get_the_status_that_says_why(string body, string contentType, string? accept, HttpStatusCode expected)
    {
        var response = await SendAsync(HttpMethod.Post, "/graphql", body, contentType, accept);

        Assert.Equal(expected, response.Status);
        Assert.NotEmpty(response.ErrorMessages);
    }

    [Fact]
    public async Task Too_deep_an_operation_is_refused_before_it_runs()
    {
        var levels = string.Concat(Enumerable.Repeat("mentions { paper { ", 10));
        var deep = "{ papers(first: 1) { nodes { " + levels + "title" + new string('}', 20) + " } } }";

        var response = await server.PostAsync(deep);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(response.ErrorMessages, m => m.Contains("depth", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Too_costly_an_operation_is_refused_before_it_runs()
    {
        var response = await server.PostAsync("{ papers(first: 100) { nodes { mentions { entity { mentions { paper { mentions { writtenName } } } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(response.ErrorMessages, m => m.Contains("exceeds the maximum cost", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused()
    {
        // "Expect: 100-continue" lets the server refuse on the declared length before any of the body is sent.
        // Without it the client may still be writing the 2 MB when the server answers and closes the
        // connection, and the send then fails with a reset instead of reading the 413.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"" + new string(' ', 2 * 1024 * 1024) + "{ __typename }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        // The client's default wait for "100 Continue" is 1 s, which a loaded CI machine can exceed.
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) }) { BaseAddress = server.Http.BaseAddress };

        var response = await GraphQLResponse.ReadAsync(await client.SendAsync(request));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Contains(response.ErrorMessages, m => m.Contains("larger than the server accepts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_playground_is_served_to_browsers_at_the_same_address()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("graphiql", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
