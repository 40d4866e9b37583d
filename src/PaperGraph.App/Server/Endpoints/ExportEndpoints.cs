using PaperGraph.App.Exports;
using PaperGraph.Graph.Tables;

namespace PaperGraph.App.Server.Endpoints;

/// <summary><c>GET /tables/comparison?models=...&amp;benchmarks=...&amp;metric=...&amp;format=csv|md|latex</c>: the comparison table as a file.</summary>
internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/tables/comparison", (GraphHolder holder, string? models, string? benchmarks, string? metric, string? format) =>
        {
            if (!holder.IsReady)
                return Results.Problem("the graph is still loading", statusCode: StatusCodes.Status503ServiceUnavailable);
            if (!Enum.TryParse<TableFormat>(format ?? "md", ignoreCase: true, out var tableFormat) || !Enum.IsDefined(tableFormat))
                return Results.Problem($"format '{format}' is not one of csv, md, latex", statusCode: StatusCodes.Status400BadRequest);
            try
            {
                var table = ComparisonTable.Build(holder.Graph, Split(models), Split(benchmarks), metric);
                return Results.Text(ComparisonTableWriter.ToText(table, tableFormat), ComparisonTableWriter.ContentType(tableFormat));
            }
            catch (UnknownNameException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound);
            }
        });
        return routes;
    }

    private static string[] Split(string? names) => names?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
