namespace PaperGraph.App.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    private string Db => temp.File("graph.db");

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Ingesting_the_bundled_corpus_stores_161_distinct_papers_and_a_second_run_changes_nothing()
    {
        var first = await CliRun.RunAsync("ingest", "--db", Db);
        var second = await CliRun.RunAsync("ingest", "--db", Db);
        var stats = await CliRun.RunAsync("stats", "--db", Db);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("161 new, 0 updated, 14 unchanged", first.Out, StringComparison.Ordinal);
        Assert.Contains("progress: 175/175 papers", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("(unchanged)", second.Out, StringComparison.Ordinal);
        Assert.Contains("0 new, 0 updated, 175 unchanged", second.Out, StringComparison.Ordinal);
        Assert.StartsWith("papers             161", stats.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_record_is_reported_with_file_and_line_the_rest_is_ingested_and_the_exit_code_is_1()
    {
        var input = temp.File("papers.jsonl");
        await File.WriteAllLinesAsync(input, [
            """{"title": "First paper", "abstract": "We evaluate GPT-4 on MMLU."}""",
            """{"title": "Broken paper", "abstract": 42}""",
            """{"title": "Third paper", "abstract": "We introduce FooBench."}""",
        ]);

        var run = await CliRun.RunAsync("ingest", input, "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"rejected: {input}:2: field 'abstract' must be a string", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 new, 0 updated, 0 unchanged", run.Out, StringComparison.Ordinal);
        Assert.Contains("rejected:      1 records", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_abstract_updates_only_that_paper()
    {
        var input = temp.File("papers.jsonl");
        await File.WriteAllLinesAsync(input, [
            """{"id": "2401.00001", "title": "Paper one", "abstract": "We evaluate GPT-4 on MMLU."}""",
            """{"id": "2401.00002", "title": "Paper two", "abstract": "We evaluate Claude on GSM8K."}""",
        ]);
        await CliRun.RunAsync("ingest", input, "--db", Db);
        await File.WriteAllLinesAsync(input, [
            """{"id": "2401.00001", "title": "Paper one", "abstract": "We evaluate GPT-4 on MMLU."}""",
            """{"id": "2401.00002", "title": "Paper two", "abstract": "We now evaluate Claude on HumanEval instead."}""",
        ]);

        var run = await CliRun.RunAsync("ingest", input, "--db", Db);
        var shown = await CliRun.RunAsync("show", "2401.00002", "--db", Db);

        Assert.Contains("0 new, 1 updated, 1 unchanged", run.Out, StringComparison.Ordinal);
        Assert.Contains("Paper \"Paper two\"  [paper:arxiv:2401.00002]", shown.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0], "the file is empty")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x00 }, "the file is binary")]
    [InlineData(new byte[] { 0x41, 0xFF, 0xFE }, "the file is not UTF-8 text")]
    public async Task An_unusable_file_gets_a_clear_error_naming_it_and_stores_nothing(byte[] bytes, string expected)
    {
        var input = temp.File("bad.txt");
        await File.WriteAllBytesAsync(input, bytes);

        var run = await CliRun.RunAsync("ingest", input, "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"rejected: {input}: {expected}", run.Error, StringComparison.Ordinal);
        Assert.Contains("0 new, 0 updated, 0 unchanged", run.Out, StringComparison.Ordinal);
    }
}
