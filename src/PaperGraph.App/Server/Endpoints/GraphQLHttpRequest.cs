using System.Text.Json;
using PaperGraph.GraphQL;

namespace PaperGraph.App.Server.Endpoints;

/// <summary>
/// A GraphQL-over-HTTP request read from a GET query string or a POST JSON body, or the HTTP
/// status and message of why it cannot be read.
/// </summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, IReadOnlyDictionary<string, object?>? Variables)
{
    public static async Task<(GraphQLHttpRequest? Request, int Status, string? Problem)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(http.Method))
            return FromQueryString(http.Query);

        var mediaType = http.ContentType is { } contentType && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType.Value : null;
        if (!string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
            return (null, StatusCodes.Status415UnsupportedMediaType, $"the body must be application/json, not '{http.ContentType ?? "(none)"}'");
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Body, default, cancellationToken).ConfigureAwait(false);
            return FromJson(body.RootElement);
        }
        catch (JsonException e)
        {
            return (null, StatusCodes.Status400BadRequest, $"the body is not JSON: {e.Message}");
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own limits, such as the body size, surface while the body is read.
            return (null, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "the request body is larger than the server accepts" : e.Message);
        }
    }

    private static (GraphQLHttpRequest?, int, string?) FromQueryString(IQueryCollection query)
    {
        if (query["query"].Count != 1 || string.IsNullOrEmpty(query["query"][0]))
            return (null, StatusCodes.Status400BadRequest, "the 'query' parameter is missing");
        IReadOnlyDictionary<string, object?>? variables = null;
        if (query["variables"] is { Count: > 0 } text && !string.IsNullOrEmpty(text[0]))
        {
            try
            {
                using var document = JsonDocument.Parse(text[0]!);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                    return (null, StatusCodes.Status400BadRequest, "'variables' must be a JSON object");
                variables = JsonInput.ToVariables(document.RootElement);
            }
            catch (JsonException e)
            {
                return (null, StatusCodes.Status400BadRequest, $"'variables' is not JSON: {e.Message}");
            }
        }

        var operationName = query["operationName"].FirstOrDefault();
        return (new GraphQLHttpRequest(query["query"][0]!, string.IsNullOrEmpty(operationName) ? null : operationName, variables), StatusCodes.Status200OK, null);
    }

    private static (GraphQLHttpRequest?, int, string?) FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return (null, StatusCodes.Status400BadRequest, "the body must be a JSON object with a 'query'");
        if (!body.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
            return (null, StatusCodes.Status400BadRequest, "the body's 'query' must be a string");
        string? operationName = null;
        if (body.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
                return (null, StatusCodes.Status400BadRequest, "'operationName' must be a string or null");
            operationName = name.GetString();
        }

        IReadOnlyDictionary<string, object?>? variables = null;
        if (body.TryGetProperty("variables", out var given) && given.ValueKind != JsonValueKind.Null)
        {
            if (given.ValueKind != JsonValueKind.Object)
                return (null, StatusCodes.Status400BadRequest, "'variables' must be an object or null");
            variables = JsonInput.ToVariables(given);
        }

        if (body.TryGetProperty("extensions", out var extensions) && extensions.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            return (null, StatusCodes.Status400BadRequest, "'extensions' must be an object or null");
        return (new GraphQLHttpRequest(query.GetString()!, operationName, variables), StatusCodes.Status200OK, null);
    }
}
