using System.Text.Json;

namespace PaperGraph.App.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Extract_prints_one_guideline_record_per_distinct_paper()
    {
        var run = await CliRun.RunAsync("extract", Path.Combine(AppContext.BaseDirectory, "samples", "corpus"));

        Assert.Equal(0, run.ExitCode);
        var records = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(161, records.Count);
        Assert.All(records, r => Assert.Equal(JsonValueKind.Array, r.GetProperty("models").ValueKind));
        var longIns = records.Single(r => r.GetProperty("title").GetString()!.StartsWith("LongIns", StringComparison.Ordinal));
        Assert.Contains(longIns.GetProperty("benchmarks").EnumerateArray(), b => b.GetProperty("name").GetString() == "LongIns" && b.GetProperty("introduced").GetBoolean());
    }

    [Fact]
    public async Task A_user_lexicon_folder_teaches_the_extractor_a_new_name()
    {
        var lexicon = Directory.CreateDirectory(temp.File("lexicon")).FullName;
        await File.WriteAllTextAsync(Path.Combine(lexicon, "models.tsv"), "# name\taliases\tparams\tcontext_window\tfamily\nzorblet\tzorb\t3B\t\tzorblet\n");
        var input = temp.File("paper.jsonl");
        await File.WriteAllTextAsync(input, """{"title": "A study", "abstract": "we compare zorblet with others and find it wins."}""" + "\n");

        var without = await CliRun.RunAsync("extract", input);
        var with = await CliRun.RunAsync("extract", input, "--lexicon", lexicon);

        Assert.DoesNotContain("zorblet", without.Out, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"zorblet\"", with.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_user_lexicon_row_is_a_usage_error_naming_file_and_line()
    {
        var lexicon = Directory.CreateDirectory(temp.File("lexicon")).FullName;
        await File.WriteAllTextAsync(Path.Combine(lexicon, "models.tsv"), "ok-model\t\t7B\t\t\nbroken\t\tseven\t\t\n");

        var run = await CliRun.RunAsync("extract", temp.Path, "--lexicon", lexicon);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("models.tsv", run.Error, StringComparison.Ordinal);
        Assert.Contains(":2", run.Error, StringComparison.Ordinal);
    }
}
