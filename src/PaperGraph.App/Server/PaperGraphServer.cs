using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using PaperGraph.App.Server.Endpoints;

namespace PaperGraph.App.Server;

/// <summary>The web server's composition root: services, limits and endpoints, in the order they apply.</summary>
internal static class PaperGraphServer
{
    /// <summary>Builds the server; <paramref name="settings"/> override configuration keys (for example <c>PaperGraph:Port</c>).</summary>
    public static WebApplication Build(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddJsonFile("papergraph.json", optional: true).AddInMemoryCollection(settings);
        builder.Services.AddPaperGraph(builder.Configuration);
        builder.Services.AddProblemDetails();

        // Kestrel reads the validated options, so a bad setting fails with its name before anything listens.
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<ServerOptions>>((kestrel, options) =>
        {
            kestrel.Limits.MaxRequestBodySize = options.Value.MaxRequestBodyBytes;
            kestrel.Listen(System.Net.IPAddress.Parse(options.Value.Host), options.Value.Port);
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapPlayground();
        app.MapHealth();
        app.MapGraphQL();
        app.MapExports();
        return app;
    }

    /// <summary>The address the server listens on, once started.</summary>
    public static string ListeningAddress(WebApplication app) =>
        app.Urls.FirstOrDefault() ?? $"http://{app.Services.GetRequiredService<IOptions<ServerOptions>>().Value.Host}";
}
