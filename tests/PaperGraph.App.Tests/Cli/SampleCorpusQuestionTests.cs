namespace PaperGraph.App.Tests.Cli;

/// <summary>The relational questions of the foundation issue, end to end on the bundled sample corpus.</summary>
public sealed class SampleCorpusQuestionTests : IAsyncLifetime
{
    private readonly TempFolder temp = new();

    private string Db => temp.File("graph.db");

    public async Task InitializeAsync() => Assert.Equal(0, (await CliRun.RunAsync("ingest", "--db", Db)).ExitCode);

    public Task DisposeAsync()
    {
        temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Benchmarks_evaluating_gpt4_at_128k_or_more_are_longins_and_not_the_short_context_ones()
    {
        var run = await CliRun.RunAsync("find", "benchmarks", "--model", "gpt4", "--min-context", "128K", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        var benchmarks = run.Out.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ')).ToList();
        Assert.Contains("LongIns", benchmarks);
        Assert.DoesNotContain("AG News", benchmarks);
        Assert.DoesNotContain("WNLI", benchmarks);
        Assert.Contains("evidence: The top-performing GPT-4 with 128k context length", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_gives_an_entity_with_its_evaluations_and_their_sentences()
    {
        var run = await CliRun.RunAsync("show", "LongIns", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Benchmark LongIns  [benchmark:longins]", run.Out, StringComparison.Ordinal);
        Assert.Contains("introduced by \"LongIns: A Challenging Long-context Instruction-based Exam for LLMs\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("evaluation of GPT-4 at", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_models_lists_the_models_evaluated_on_a_benchmark()
    {
        var run = await CliRun.RunAsync("find", "models", "--benchmark", "longins", "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("GPT-4", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_model_says_so_with_exit_code_1()
    {
        var run = await CliRun.RunAsync("find", "benchmarks", "--model", "NoSuchModel-9000", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no model named 'NoSuchModel-9000'", run.Error, StringComparison.Ordinal);
    }
}
