using PaperGraph.App.Api;
using PaperGraph.App.Api.Schema;
using PaperGraph.App.Server.Security;
using PaperGraph.Extraction;
using PaperGraph.Extraction.Lexicons;
using PaperGraph.Graph;
using PaperGraph.App.Stores;

namespace PaperGraph.App.Server;

/// <summary>The server's services, registered in one place.</summary>
internal static class ServiceRegistration
{
    public static IServiceCollection AddPaperGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServerOptions>()
            .Bind(configuration.GetSection(ServerOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => System.Net.IPAddress.TryParse(o.Host, out _), $"{ServerOptions.Section}:Host must be an IP address such as 127.0.0.1")
            .ValidateOnStart();
        services.AddSingleton(provider => GraphStoreFactory.Create(
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ServerOptions>>().Value.Selection()));
        services.AddSingleton(_ => new Extractor(Lexicon.LoadBuiltIn()));
        services.AddSingleton<GraphHolder>();
        services.AddSingleton<ApiKeyCheck>();
        services.AddSingleton<ApiWriter>();
        services.AddSingleton(provider =>
        {
            var o = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ServerOptions>>().Value;
            return ApiSchema.Engine(ApiSchema.Build(), new ApiLimits(o.MaxDepth, o.MaxCost, o.ListSizeEstimate, TimeSpan.FromMilliseconds(o.ExecutionTimeoutMs)));
        });
        services.AddHostedService<StoreBootstrapper>();
        return services;
    }
}
