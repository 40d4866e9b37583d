namespace PaperGraph.App.Server.Endpoints;

/// <summary><c>GET /health</c>: 200 once the graph is loaded, 503 while it is still loading.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", (GraphHolder holder) => holder.IsReady
            ? Results.Ok(new { status = "ready", papers = holder.Graph.Papers.Count })
            : Results.Json(new { status = "loading" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return routes;
    }
}
