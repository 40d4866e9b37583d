using System.Net;
using PaperGraph.App.Stores;
using PaperGraph.Storage.Neo4j.Tests.Fakes;

namespace PaperGraph.App.Tests.Cli;

/// <summary>ingest, push and serve against Neo4j, through a fake Query API server (no Neo4j runs here).</summary>
public sealed class Neo4jCommandTests : IDisposable
{
    private const string Server = "http://neo4j.test:7474";
    private readonly TempFolder temp = new();
    private readonly FakeNeo4j neo4j = new();

    private string Db => temp.File("graph.db");

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Ingest_into_neo4j_writes_the_sample_corpus_once_and_a_second_run_changes_nothing()
    {
        using var network = GraphStoreFactory.UseNeo4jHandler(neo4j.Handler);

        var first = await CliRun.RunAsync("ingest", "--store", "neo4j", "--neo4j-uri", Server, "--neo4j-database", "papers");
        var second = await CliRun.RunAsync("ingest", "--store", "neo4j", "--neo4j-uri", Server, "--neo4j-database", "papers");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"ingested into Neo4j {Server} (database papers, user neo4j)", first.Out, StringComparison.Ordinal);
        Assert.Contains("161 new, 0 updated, 14 unchanged", first.Out, StringComparison.Ordinal);
        Assert.Contains("0 new, 0 updated, 175 unchanged", second.Out, StringComparison.Ordinal);
        Assert.Equal(161, neo4j.StoredHashes.Count);
        Assert.All(neo4j.Handler.Requests, r => Assert.StartsWith("/db/papers/query/v2", r.Uri.AbsolutePath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Push_copies_the_embedded_store_into_neo4j_and_pushing_again_changes_nothing()
    {
        Assert.Equal(0, (await CliRun.RunAsync("ingest", "--db", Db)).ExitCode);
        using var network = GraphStoreFactory.UseNeo4jHandler(neo4j.Handler);

        var first = await CliRun.RunAsync("push", "--to", "neo4j", "--db", Db, "--neo4j-uri", Server);
        var second = await CliRun.RunAsync("push", "--to", "neo4j", "--db", Db, "--neo4j-uri", Server);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"pushed {Db} into Neo4j {Server}", first.Out, StringComparison.Ordinal);
        Assert.Contains("161 new, 0 updated, 0 unchanged", first.Out, StringComparison.Ordinal);
        Assert.Contains("0 new, 0 updated, 161 unchanged", second.Out, StringComparison.Ordinal);
        var mentions = neo4j.Statements.Where(s => s.Name == "write/relationships_mentions_merge").Sum(s => ((List<object?>)s.Parameters["rows"]!).Count);
        Assert.True(mentions > 161, $"{mentions} MENTIONS rows pushed");
    }

    [Fact]
    public async Task Wrong_neo4j_credentials_exit_2_with_one_line()
    {
        using var network = GraphStoreFactory.UseNeo4jHandler(StubHandler.Always(HttpStatusCode.Unauthorized, ""));

        var run = await CliRun.RunAsync("ingest", "--store", "neo4j", "--neo4j-uri", Server);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"papergraph: cannot open the Neo4j store: Neo4j at {Server} refused the credentials of user 'neo4j' (401 Unauthorized): check NEO4J_USER and NEO4J_PASSWORD", run.Error.Trim());
    }

    [Fact]
    public async Task An_unreachable_neo4j_exits_2_naming_the_address()
    {
        var run = await CliRun.RunAsync("ingest", "--store", "neo4j", "--neo4j-uri", "http://127.0.0.1:1");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("papergraph: cannot open the Neo4j store: cannot reach Neo4j at http://127.0.0.1:1", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("ingest", "--store", "mongo")]
    [InlineData("serve", "--store", "postgres")]
    [InlineData("push", "--to", "sqlite")]
    [InlineData("push")]
    public async Task A_store_that_is_not_offered_is_a_usage_error(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("papergraph: ", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("serve")]
    public async Task A_bolt_address_is_a_usage_error_that_says_to_use_http(string command)
    {
        var run = await CliRun.RunAsync(command, "--store", "neo4j", "--neo4j-uri", "bolt://localhost:7687");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("uses bolt://, but PaperGraph speaks Neo4j's HTTP Query API", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_from_a_store_that_does_not_exist_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("push", "--to", "neo4j", "--db", temp.File("missing.db"), "--neo4j-uri", Server);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such store", run.Error, StringComparison.Ordinal);
    }
}
