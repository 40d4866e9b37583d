namespace PaperGraph.App.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private const string Gold = """
        {"title": "ZetaBench: Testing Long Inputs", "models": [{"name": "GPT-4", "aliases": ["GPT4"]}], "benchmarks": [{"name": "ZetaBench", "introduced": true}], "contextLengths": [{"tokens": 32000}], "evaluations": [{"model": "GPT-4", "benchmark": "ZetaBench"}]}
        {"title": "A Second Paper", "benchmarks": [{"name": "MMLU"}]}
        """;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Scoring_a_predictions_file_prints_every_kind_in_score_py_layout()
    {
        var gold = Write("gold.jsonl", Gold);
        var pred = Write("pred.jsonl", """
            {"title": "zetabench: testing long inputs", "models": [{"name": "GPT4"}], "benchmarks": [{"name": "ZetaBench", "introduced": true}, {"name": "Extra"}], "contextLengths": [{"tokens": 32000}], "evaluations": [{"model": "GPT4", "benchmark": "ZetaBench"}]}
            """);

        var run = await CliRun.RunAsync("eval", "--gold", gold, "--pred", pred);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("model              P=1.000 R=1.000 F1=1.000  (tp=1 fp=0 fn=0)", run.Out, StringComparison.Ordinal);
        Assert.Contains("data               P=0.500 R=0.500 F1=0.500  (tp=1 fp=1 fn=1)", run.Out, StringComparison.Ordinal);
        Assert.Contains("evaluation         P=1.000 R=1.000 F1=1.000  (tp=1 fp=0 fn=0)", run.Out, StringComparison.Ordinal);
        Assert.Contains("papers: 2 gold, 1 missing from the prediction", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("missed=", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_list_the_misses_and_spurious_items_of_each_paper()
    {
        var gold = Write("gold.jsonl", Gold);
        var pred = Write("pred.jsonl", """{"title": "ZetaBench: Testing Long Inputs", "benchmarks": [{"name": "Extra"}]}""");

        var run = await CliRun.RunAsync("eval", "--gold", gold, "--pred", pred, "--details");

        Assert.Contains("- ZetaBench: Testing Long Inputs [data] missed=[data:zetabench] spurious=[data:extra]", run.Out, StringComparison.Ordinal);
        Assert.Contains("- A Second Paper [data] missed=[data:mmlu] spurious=[]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_predictions_the_extractor_runs_over_the_given_corpus()
    {
        var gold = Write("gold.jsonl", Gold);
        var corpus = Write("papers.jsonl", """
            {"title": "ZetaBench: Testing Long Inputs", "abstract": "We introduce ZetaBench, a new benchmark with inputs up to 32K tokens. Most models except GPT-4 fail on it."}
            """);

        var run = await CliRun.RunAsync("eval", "--gold", gold, corpus);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("contextLength      P=1.000 R=1.000 F1=1.000", run.Out, StringComparison.Ordinal);
        Assert.Contains("papers: 2 gold, 1 missing from the prediction", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bundled_dev_set_scores_against_the_bundled_corpus_by_default()
    {
        var gold = Path.Combine(RepoRoot(), "samples", "gold", "dev.jsonl");

        var run = await CliRun.RunAsync("eval", "--gold", gold);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("papers: 78 gold, 0 missing from the prediction", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"entities F1 0\.9\d\d", run.Out);
    }

    [Fact]
    public async Task Predictions_and_corpus_paths_together_are_a_usage_error()
    {
        var gold = Write("gold.jsonl", Gold);

        var run = await CliRun.RunAsync("eval", "--gold", gold, "--pred", gold, gold);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("either --pred FILE or corpus paths", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_gold_file_or_a_bad_record_is_a_usage_error()
    {
        var missing = await CliRun.RunAsync("eval", "--gold", temp.File("nope.jsonl"));
        var bad = await CliRun.RunAsync("eval", "--gold", Write("gold.jsonl", Gold), "--pred", Write("bad.jsonl", "{\"models\": []}"));
        var noGold = await CliRun.RunAsync("eval");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("bad.jsonl:1: a record needs a title", bad.Error, StringComparison.Ordinal);
        Assert.Equal(2, noGold.ExitCode);
    }

    private string Write(string name, string content)
    {
        var path = temp.File(name);
        File.WriteAllText(path, content + "\n");
        return path;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperGraph.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("PaperGraph.sln not found");
    }
}
