using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PaperGraph.App.Api;
using PaperGraph.App.Api.Paging;
using PaperGraph.App.Server.Security;
using PaperGraph.GraphQL;

namespace PaperGraph.App.Server.Endpoints;

/// <summary>
/// <c>/graphql</c> by the GraphQL-over-HTTP specification: GET (queries only) and POST with a
/// JSON body, answered as <c>application/graphql-response+json</c> when the client accepts it
/// (request errors then get 400) or as <c>application/json</c> (always 200 for a well-formed request).
/// </summary>
internal static class GraphQLEndpoints
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    /// <summary>Text as written (a JSON response is never HTML, so HTML-sensitive characters need no escapes).</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], HandleAsync);
        return routes;
    }

    private static async Task HandleAsync(HttpContext http, GraphHolder holder, GraphQLEngine engine, ApiKeyCheck apiKey, ApiWriter writer, IOptions<ServerOptions> options)
    {
        var response = http.Response;
        if (ResponseType(http.Request) is not { } mediaType)
        {
            await ProblemAsync(response, StatusCodes.Status406NotAcceptable, $"this endpoint answers {GraphQLResponse} or {Json}").ConfigureAwait(false);
            return;
        }

        if (!holder.IsReady)
        {
            await ProblemAsync(response, StatusCodes.Status503ServiceUnavailable, "the graph is still loading").ConfigureAwait(false);
            return;
        }

        var (request, status, problem) = await GraphQLHttpRequest.ReadAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (request is null)
        {
            await ProblemAsync(response, status, problem!).ConfigureAwait(false);
            return;
        }

        var context = new ApiRequestContext(holder.Graph, apiKey.Allows(http.Request), new Pager(options.Value.DefaultPageSize, options.Value.MaxPageSize), writer);
        var result = await engine.ExecuteAsync(new GraphQLRequest
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            UserContext = context,
            QueryOnly = HttpMethods.IsGet(http.Request.Method),
        }, http.RequestAborted).ConfigureAwait(false);

        if (!result.HasData && result.Errors.Any(e => ReferenceEquals(e.Extensions, GraphQLEngine.OnlyOverPost)))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = HttpMethods.Post;
        }
        else
        {
            response.StatusCode = !result.HasData && mediaType == GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        }

        response.ContentType = mediaType + "; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.BodyWriter, WriterOptions);
        result.WriteTo(json);
        await json.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The media type to answer with, by the Accept header; null when the client accepts neither.</summary>
    private static string? ResponseType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
            return Json;
        foreach (var type in accept.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
                return GraphQLResponse;
            if (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
                return Json;
            // A client that accepts anything may predate application/graphql-response+json, so it
            // gets the legacy type and its always-200 status, as the GraphQL-over-HTTP spec advises.
            if (type.MediaType.Equals("*/*", StringComparison.Ordinal) || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
                return Json;
        }

        return null;
    }

    /// <summary>An HTTP-level error (the request never reached GraphQL), as a GraphQL error list.</summary>
    private static async Task ProblemAsync(HttpResponse response, int status, string message)
    {
        response.StatusCode = status;
        response.ContentType = Json + "; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.BodyWriter, WriterOptions);
        json.WriteStartObject();
        json.WriteStartArray("errors");
        json.WriteStartObject();
        json.WriteString("message", message);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync().ConfigureAwait(false);
    }
}
