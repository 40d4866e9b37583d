namespace PaperGraph.App.Tests.Cli;

public sealed class UsageTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("ingest", "--no-such-option")]
    [InlineData("find", "benchmarks")]
    [InlineData("find", "benchmarks", "--model", "GPT-4", "--min-context", "lots")]
    [InlineData("extract")]
    public async Task A_wrong_command_line_exits_2_with_the_error_on_stderr(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("papergraph: ", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task The_min_context_error_says_how_to_write_a_token_count()
    {
        var run = await CliRun.RunAsync("find", "benchmarks", "--model", "GPT-4", "--min-context", "lots");

        Assert.Contains("'lots' is not a token count (write 128000, 128K or 1M)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Querying_a_store_that_does_not_exist_is_a_usage_error_not_an_empty_answer()
    {
        var db = temp.File("missing.db");

        var run = await CliRun.RunAsync("stats", "--db", db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--db {db}: no such store", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task A_missing_lexicon_folder_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("extract", "x.txt", "--lexicon", temp.File("nope"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_an_invalid_port_exits_2_naming_the_setting()
    {
        var run = await CliRun.RunAsync("serve", "--port", "70000", "--db", temp.File("graph.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("invalid setting", run.Error, StringComparison.Ordinal);
        Assert.Contains("Port", run.Error, StringComparison.Ordinal);
    }
}
