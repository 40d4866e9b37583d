using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace PaperGraph.App.Server.Endpoints;

/// <summary>
/// GraphiQL for browsers: <c>GET /graphql</c> from a browser (asking for HTML, with no query)
/// gets the playground page; its scripts are served from <c>/playground</c>, all local.
/// </summary>
internal static class PlaygroundEndpoints
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "playground");

    /// <summary>True for a browser navigating to /graphql rather than a client sending a GET query.</summary>
    public static bool WantsPlayground(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static WebApplication MapPlayground(this WebApplication app)
    {
        if (!Directory.Exists(Folder))
            return app;
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Folder), RequestPath = "/playground" });
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.Equals("/graphql", StringComparison.OrdinalIgnoreCase) && WantsPlayground(context.Request))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
                await context.Response.SendFileAsync(Path.Combine(Folder, "index.html")).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        return app;
    }
}
