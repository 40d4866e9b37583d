namespace PaperGraph.App.Tests.Cli;

public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_store_that_cannot_be_opened_stops_the_server_with_the_reason_and_a_failing_exit_code()
    {
        var db = temp.File(Path.Combine("no-such-folder", "graph.db"));

        var run = await CliRun.RunAsync("serve", "--db", db, "--port", "0").WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("papergraph serve:", run.Error, StringComparison.Ordinal);
        Assert.Contains("no-such-folder", run.Error, StringComparison.Ordinal);
    }
}
