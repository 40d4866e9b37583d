using System.Diagnostics;
using System.Text.Json;
using PaperGraph.Extraction.Output;
using PaperGraph.Extraction.Scoring;

namespace PaperGraph.Extraction.Tests.Scoring;

/// <summary>The C# scorer must give the figures of tools/score.py (the reference) on the dev set.</summary>
public sealed class GoldScorerAgreementTests : IDisposable
{
    private readonly string _predictions = Path.Combine(Path.GetTempPath(), $"papergraph-pred-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_predictions);

    [SkippableFact]
    public void Every_score_line_agrees_with_score_py_to_a_thousandth()
    {
        File.WriteAllLines(_predictions, GoldSet.Dev.Extractions.Select(ExtractionRecordWriter.ToJsonLine));
        var python = RunScorePy(GoldSet.Dev.GoldPath, _predictions);
        var csharp = GoldScorer.Score(GoldSet.Dev.GoldPath, _predictions);

        foreach (var line in python.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("f1", out _)))
        {
            var counts = csharp[line.Name];
            Assert.Equal(line.Value.GetProperty("tp").GetInt32(), counts.TruePositives);
            Assert.Equal(line.Value.GetProperty("fp").GetInt32(), counts.FalsePositives);
            Assert.Equal(line.Value.GetProperty("fn").GetInt32(), counts.FalseNegatives);
            Assert.Equal(line.Value.GetProperty("f1").GetDouble(), counts.F1, 0.001);
        }
    }

    [SkippableFact]
    public void The_printed_report_matches_score_py_line_for_line()
    {
        File.WriteAllLines(_predictions, GoldSet.Dev.Extractions.Select(ExtractionRecordWriter.ToJsonLine));

        var expected = Run("python3", GoldSet.ScorePy, GoldSet.Dev.GoldPath, _predictions);

        Assert.Equal(expected.ReplaceLineEndings("\n"), GoldScorer.Score(GoldSet.Dev.GoldPath, _predictions).ToText());
    }

    private static JsonDocument RunScorePy(string gold, string predictions) =>
        JsonDocument.Parse(Run("python3", GoldSet.ScorePy, gold, predictions, "--json"));

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new SkipException("python3 is not installed, so score.py cannot be run for comparison");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"score.py failed: {process.StandardError.ReadToEnd()}");
            return output;
        }
    }
}
