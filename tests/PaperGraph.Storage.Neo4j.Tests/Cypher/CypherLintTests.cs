using System.Text.Json;
using PaperGraph.Graph.Tests;
using PaperGraph.Storage.Neo4j.Tests.Fakes;

namespace PaperGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// Every Cypher file, and every statement the adapter sends with the parameters it really sends,
/// passes Neo4j's own linter (npm @neo4j-cypher/language-support, installed by ./run-tests).
/// </summary>
public sealed class CypherLintTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("papergraph-lint-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Every_cypher_file_and_every_sent_statement_lints_clean()
    {
        var sent = await RecordEveryStatementTheStoreSendsAsync();
        var manifest = Path.Combine(folder, "sent.json");
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(sent.Select(s => new { name = s.Name, text = s.Text, parameters = s.Parameters })));

        var run = await LintAsync(RepoPaths.Cypher, manifest);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains(" 0 diagnostics", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_recorded_run_sends_every_embedded_statement()
    {
        var sent = (await RecordEveryStatementTheStoreSendsAsync()).Select(s => s.Name).ToHashSet();

        var neverSent = CypherResources.All().Select(f => f.Name).Where(name => name != "schema" && !sent.Contains(name)).ToList();

        Assert.True(neverSent.Count == 0, "never sent: " + string.Join(", ", neverSent));
        Assert.DoesNotContain("unknown", sent);
    }

    [Fact]
    public async Task The_linter_reports_a_broken_statement_an_undeclared_parameter_and_a_misspelt_label()
    {
        var broken = Path.Combine(folder, "cypher", "queries");
        Directory.CreateDirectory(broken);
        await File.WriteAllTextAsync(Path.Combine(broken, "bad.cypher"), "MATCH (p:Papr) WHERE p.id = $id RETURN q\n");

        var run = await LintAsync(Path.Combine(folder, "cypher"), null);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Parameter $id is not defined", run.Output, StringComparison.Ordinal);
        Assert.Contains("Variable `q` not defined", run.Output, StringComparison.Ordinal);
        Assert.Contains("Label Papr is not present", run.Output, StringComparison.Ordinal);
    }

    /// <summary>Drives the store through a fake server: schema, new papers, changed papers, a load.</summary>
    private static async Task<IReadOnlyList<SentStatement>> RecordEveryStatementTheStoreSendsAsync()
    {
        var server = new FakeNeo4j();
        await using var store = new Neo4jGraphStore(FakeNeo4j.Options, server.Handler);
        await store.InitializeAsync();
        await store.UpsertAsync([SampleFacts.LongIns(), SampleFacts.ShortContext()]);
        server.StoredHashes[SampleFacts.LongIns().Paper.Id] = "an older hash";
        await store.UpsertAsync([SampleFacts.LongIns()]);
        await store.LoadAsync();
        return server.Statements;
    }

    private static async Task<ProcessRun> LintAsync(string cypherFolder, string? manifest)
    {
        Assert.True(Directory.Exists(Path.Combine(RepoPaths.CypherLint, "node_modules", "@neo4j-cypher", "language-support")),
            "the Cypher linter is not installed: run ./run-tests (or npm ci in tests/cypher-lint)");
        return await ProcessRun.RunAsync("node", RepoPaths.CypherLint, manifest is null ? ["lint.mjs", cypherFolder] : ["lint.mjs", cypherFolder, manifest]);
    }
}
