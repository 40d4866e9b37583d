using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperGraph.GraphQL.Tests.Conformance;

/// <summary>Runs tests/graphql-conformance/oracle.js once for a batch of cases and returns graphql-js's answers.</summary>
internal static class GraphQLJsOracle
{
    public static string ConformanceDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PaperGraph.sln")))
            {
                dir = dir.Parent;
            }
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Repository root not found."), "tests", "graphql-conformance");
        }
    }

    public static JsonArray Run(IReadOnlyList<ConformanceCase> cases)
    {
        var start = new ProcessStartInfo("node", "oracle.js")
        {
            WorkingDirectory = ConformanceDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(JsonSerializer.Serialize(cases));
        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill();
            throw new TimeoutException("graphql-js oracle did not finish in 2 minutes.");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("graphql-js oracle failed (run npm ci in tests/graphql-conformance): " + error.Result);
        }
        return JsonNode.Parse(output.Result)!.AsArray();
    }
}
