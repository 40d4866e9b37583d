namespace PaperGraph.App.Tests.Cli;

public sealed class BenchCommandTests
{
    [Fact]
    public async Task The_ingest_bench_prints_every_phase_and_loads_back_every_paper()
    {
        var run = await CliRun.RunAsync("bench", "--papers", "300", "--ingest-only");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ingest (", run.Out, StringComparison.Ordinal);
        Assert.Contains(": 300 papers in ", run.Out, StringComparison.Ordinal);
        foreach (var phase in new[] { "extraction", "build + hash", "store writes", "process CPU", "database file", "peak working set", "store load", "index build", "verify (evaluation)", "verify (result    )" })
            Assert.Contains("  " + phase + " ", run.Out, StringComparison.Ordinal);
        Assert.Contains("read model: 300 papers,", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("abstracts/s", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_store_only_bench_times_the_writes_of_every_paper()
    {
        var run = await CliRun.RunAsync("bench", "--papers", "200", "--store-only");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("store writes (SQLite, 1 thread): 200 papers in ", run.Out, StringComparison.Ordinal);
        Assert.Contains(" facts/s ", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("read model:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bench_of_no_papers_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("bench", "--papers", "0", "--ingest-only");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--papers 0: must be one or more", run.Error, StringComparison.Ordinal);
    }
}
