using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PaperGraph.App.Synthetic;
using PaperGraph.Extraction;
using PaperGraph.Extraction.Lexicons;
using PaperGraph.Graph.Building;
using PaperGraph.Storage.Sqlite;

namespace PaperGraph.App.Tests.Cli;

/// <summary>
/// A real papergraph process is killed in the middle of an ingest; every paper the store then
/// holds must be whole: exactly the relationships, results and lengths its extraction gives.
/// </summary>
public sealed class KillDuringIngestTests : IDisposable
{
    private const int Papers = 60_000;
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Killing_an_ingest_never_leaves_a_half_written_paper()
    {
        var input = temp.File("synthetic.jsonl");
        var db = temp.File("graph.db");
        await using (var writer = new StreamWriter(input))
            new SyntheticCorpus(seed: 7).WriteJsonLines(writer, Papers);

        using var process = Start("ingest", input, "--db", db);
        var stored = await WaitForPapersAsync(db, process, TimeSpan.FromSeconds(120));
        var wasRunning = !process.HasExited;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        Assert.True(wasRunning, "the ingest finished before it could be killed; the test needs a larger input");
        Assert.InRange(stored, 1, Papers - 1);
        await AssertEveryStoredPaperIsWholeAsync(db, input);
    }

    private static async Task AssertEveryStoredPaperIsWholeAsync(string db, string input)
    {
        await using var store = new SqliteGraphStore(db);
        await store.InitializeAsync();
        var snapshot = await store.LoadAsync();
        var extractor = new Extractor(Lexicon.LoadBuiltIn());
        var read = Extraction.Sources.PaperSource.ReadFile(input);
        var expected = read.Papers
            .Select(p => GraphBuilder.Build(p, extractor.Extract(p)))
            .ToDictionary(f => f.Paper.Id);

        Assert.NotEmpty(snapshot.Papers);
        var relationships = snapshot.Relationships.ToLookup(r => r.PaperId);
        var results = snapshot.Results.ToLookup(r => r.PaperId);
        var lengths = snapshot.ContextLengths.ToLookup(r => r.PaperId);
        foreach (var paper in snapshot.Papers)
        {
            var fragment = expected[paper.Id];
            Assert.Equal(fragment.Relationships.Select(r => r.Id).Order(), relationships[paper.Id].Select(r => r.Id).Order());
            Assert.Equal(fragment.Results.Count, results[paper.Id].Count());
            Assert.Equal(fragment.ContextLengths.Count, lengths[paper.Id].Count());
        }
    }

    /// <summary>Waits until the child has committed at least one batch, reading through a second connection as any reader would.</summary>
    private static async Task<long> WaitForPapersAsync(string db, Process process, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout && !process.HasExited)
        {
            if (File.Exists(db))
            {
                try
                {
                    await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
                    await connection.OpenAsync();
                    await using var command = connection.CreateCommand();
                    command.CommandText = "SELECT count(*) FROM papers;";
                    if (await command.ExecuteScalarAsync() is long count and > 0)
                        return count;
                }
                catch (SqliteException)
                {
                    // The schema is not there yet: keep waiting.
                }
            }

            await Task.Delay(20);
        }

        return 0;
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "papergraph.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
