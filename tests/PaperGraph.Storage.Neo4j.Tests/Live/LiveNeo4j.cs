using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace PaperGraph.Storage.Neo4j.Tests.Live;

/// <summary>
/// The Neo4j the live tests use: the server <c>NEO4J_URI</c> names when it is set, else a
/// throwaway <c>neo4j:5</c> container when a Docker engine is reachable, else none (and the
/// live tests are skipped with the reason).
/// </summary>
internal static class LiveNeo4j
{
    private const string ContainerPassword = "papergraph-test";
    private static readonly Lazy<Task<Neo4jOptions>> Server = new(StartAsync);

    /// <summary>Why there is no Neo4j to test against here, or null when there is one.</summary>
    public static string? SkipReason { get; } = FindSkipReason();

    /// <summary>The options of the server, starting the container on first use.</summary>
    public static Task<Neo4jOptions> OptionsAsync() => Server.Value;

    private static string? FindSkipReason()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Neo4jOptions.UriVariable)))
            return null;
        if (DockerEngineReachable())
            return null;
        return $"no Neo4j here: {Neo4jOptions.UriVariable} is not set (point it at a Neo4j 5.19+ HTTP address, with NEO4J_USER and NEO4J_PASSWORD) and no Docker engine is reachable to start neo4j:5";
    }

    private static bool DockerEngineReachable() =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");

    private static async Task<Neo4jOptions> StartAsync()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Neo4jOptions.UriVariable)))
            return Neo4jOptions.FromEnvironment();

        // Testcontainers' reaper removes the container when the test process ends.
        IContainer container = new ContainerBuilder("neo4j:5")
            .WithEnvironment("NEO4J_AUTH", "neo4j/" + ContainerPassword)
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync().ConfigureAwait(false);
        var uri = new UriBuilder("http", container.Hostname, container.GetMappedPublicPort(7474)).Uri;
        return Neo4jOptions.Create(uri.ToString(), "neo4j", ContainerPassword, Neo4jOptions.DefaultDatabase);
    }
}
