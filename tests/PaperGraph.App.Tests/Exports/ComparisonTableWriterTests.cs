using PaperGraph.App.Exports;
using PaperGraph.Graph.Tables;
using PaperGraph.Graph.Tests;

namespace PaperGraph.App.Tests.Exports;

public class ComparisonTableWriterTests
{
    private static readonly ComparisonTable Table = ComparisonTable.Build(
        SampleFacts.Graph(
            SampleFacts.Reports("Paper A", "GPT-4", "MMLU", 86.4),
            SampleFacts.Reports("Paper B", "GPT4", "MMLU", 83.1),
            SampleFacts.Reports("Paper C & Co", "LLaMA-2-7B", "GSM_8K", 14.6)),
        models: ["gpt-4", "LLaMA-2-7B"],
        benchmarks: ["MMLU", "GSM_8K"]);

    [Fact]
    public void A_cell_keeps_the_results_of_every_paper_with_its_source()
    {
        Assert.Equal(2, Table.Cell(0, 0).Count);
        Assert.Empty(Table.Cell(0, 1));

        var markdown = ComparisonTableWriter.ToText(Table, TableFormat.Md);

        Assert.Equal(
            """
            | model | MMLU | GSM_8K |
            | --- | --- | --- |
            | GPT-4 | 86.4% accuracy [1]; 83.1% accuracy [2] |  |
            | LLaMA-2-7B |  | 14.6% accuracy [3] |

            [1] Paper A
            [2] Paper B
            [3] Paper C & Co

            """.ReplaceLineEndings(),
            markdown);
    }

    [Fact]
    public void Csv_quotes_fields_and_lists_the_sources_below_the_matrix()
    {
        var csv = ComparisonTableWriter.ToText(Table, TableFormat.Csv);

        var lines = csv.Split("\r\n"); // RFC 4180 line breaks, whatever the platform
        Assert.Equal("model,MMLU,GSM_8K", lines[0]);
        Assert.Equal("GPT-4,86.4% accuracy [1]; 83.1% accuracy [2],", lines[1]);
        Assert.Equal("", lines[3]);
        Assert.Equal("[3],Paper C & Co,paper:paper-c-co", lines[6]);
    }

    [Fact]
    public void Latex_is_a_booktabs_table_with_escaped_text()
    {
        var latex = ComparisonTableWriter.ToText(Table, TableFormat.Latex);

        Assert.Contains("\\begin{tabular}{lcc}", latex, StringComparison.Ordinal);
        Assert.Contains("\\toprule", latex, StringComparison.Ordinal);
        Assert.Contains("model & MMLU & GSM\\_8K \\\\", latex, StringComparison.Ordinal);
        Assert.Contains("LLaMA-2-7B &  & 14.6\\% accuracy [3] \\\\", latex, StringComparison.Ordinal);
        Assert.Contains("[3] Paper C \\& Co.", latex, StringComparison.Ordinal);
        Assert.Contains("\\bottomrule", latex, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_name_is_an_error_naming_it() =>
        Assert.Equal(
            "no model named 'GPT-9'",
            Assert.Throws<UnknownNameException>(() => ComparisonTable.Build(SampleFacts.Graph(), ["GPT-9"], null)).Message);

    [Fact]
    public void Without_names_every_model_and_benchmark_with_results_is_in_the_table()
    {
        var table = ComparisonTable.Build(SampleFacts.Graph(SampleFacts.Reports("P", "GPT-4", "MMLU", 1), SampleFacts.Reports("Q", "Claude", "GSM8K", 2, "EM")), null, null, metric: "em");

        Assert.Equal(["Claude"], table.Models.Select(m => m.Name));
        Assert.Equal(["GSM8K"], table.Benchmarks.Select(b => b.Name));
    }
}
