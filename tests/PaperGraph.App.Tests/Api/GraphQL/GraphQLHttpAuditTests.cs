using System.Diagnostics;
using System.Text.Json;
using PaperGraph.App.Tests.Tools;
using PaperGraph.Extraction.Tests;
using Xunit.Abstractions;

namespace PaperGraph.App.Tests.Api.GraphQL;

/// <summary>
/// graphql-http's server audits (the GraphQL-over-HTTP conformance suite, run by
/// tests/graphql-http-audit/audit.mjs under node) against the live server: every MUST passes, and
/// the SHOULD/MAY audits that do not are exactly the ones accepted, with reasons, in
/// tests/graphql-http-audit/expected-not-passing.json.
/// </summary>
[Collection(SampleServerCollection.Name)]
public sealed class GraphQLHttpAuditTests(GraphQLServer server, ITestOutputHelper output)
{
    private static readonly string AuditFolder = RepoPaths.InRepo("tests", "graphql-http-audit");

    [NodeFact]
    public async Task Every_must_audit_passes_and_only_accepted_recommendations_do_not()
    {
        var audits = await RunAuditsAsync(new Uri(server.Http.BaseAddress!, "/graphql"));
        foreach (var audit in audits)
            output.WriteLine($"{audit.Status,-6} {audit.Id} {audit.Name}{(audit.Reason is null ? "" : " => " + audit.Reason)}");

        Assert.NotEmpty(audits);
        Assert.Empty(audits.Where(a => a.Level == "MUST" && a.Status != "ok").Select(a => $"{a.Id} {a.Name}: {a.Reason}"));
        var notPassing = audits.Where(a => a.Level != "MUST" && a.Status != "ok").Select(a => a.Id).Order().ToList();
        var accepted = ReadAccepted().Order().ToList();
        Assert.Equal(accepted, notPassing);
    }

    private static IEnumerable<string> ReadAccepted()
    {
        using var file = File.OpenRead(Path.Combine(AuditFolder, "expected-not-passing.json"));
        using var document = JsonDocument.Parse(file);
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }

    private static async Task<IReadOnlyList<AuditResult>> RunAuditsAsync(Uri url)
    {
        Assert.True(Directory.Exists(Path.Combine(AuditFolder, "node_modules", "graphql-http")),
            $"graphql-http is not installed in {AuditFolder}: run ./run-tests (or npm ci there) first");
        var start = new ProcessStartInfo(ExternalTool.OnPath("node")!, ["audit.mjs", url.ToString()])
        {
            WorkingDirectory = AuditFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"audit.mjs exited with {node.ExitCode}: {await stderr}");
        return JsonSerializer.Deserialize<List<AuditResult>>(await stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>One audit as audit.mjs prints it.</summary>
    private sealed record AuditResult(string Id, string Level, string Name, string Status, string? Reason);
}
