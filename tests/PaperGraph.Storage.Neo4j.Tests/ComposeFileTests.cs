namespace PaperGraph.Storage.Neo4j.Tests;

/// <summary>The root docker-compose.yml is valid for Debian's docker-compose (installed by .ci/run when it can be).</summary>
public sealed class ComposeFileTests
{
    private static readonly string? SkipReason = ProcessRun.OnPath("docker-compose") ? null : "docker-compose is not installed here (.ci/run installs it with apt-get when it can)";

    [ComposeFact]
    public async Task The_compose_file_is_valid_with_the_password_set()
    {
        var run = await ComposeConfigAsync(("PAPERGRAPH_NEO4J_PASSWORD", "a-test-password"), "config", "-q");

        Assert.True(run.ExitCode == 0, run.Output);
    }

    [ComposeFact]
    public async Task The_compose_file_wires_papergraph_to_a_healthy_neo4j()
    {
        var run = await ComposeConfigAsync(("PAPERGRAPH_NEO4J_PASSWORD", "a-test-password"), "config");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("NEO4J_AUTH: neo4j/a-test-password", run.Output, StringComparison.Ordinal);
        Assert.Contains("NEO4J_URI: http://neo4j:7474", run.Output, StringComparison.Ordinal);
        Assert.Contains("condition: service_healthy", run.Output, StringComparison.Ordinal);
        Assert.Contains("neo4j-data:/data", run.Output, StringComparison.Ordinal);
    }

    [ComposeFact]
    public async Task Without_a_password_compose_refuses_and_says_which_variable_to_set()
    {
        var run = await ComposeConfigAsync(("PAPERGRAPH_NEO4J_PASSWORD", null), "config", "-q");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("set PAPERGRAPH_NEO4J_PASSWORD", run.Output, StringComparison.Ordinal);
    }

    private static Task<ProcessRun> ComposeConfigAsync((string Name, string? Value) variable, params string[] arguments) =>
        ProcessRun.RunAsync("docker-compose", RepoPaths.Root, [variable], arguments);

    /// <summary>A fact that is skipped, with the reason, where docker-compose is not installed.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    private sealed class ComposeFactAttribute : FactAttribute
    {
        public ComposeFactAttribute() => Skip = SkipReason;
    }
}
