using PaperGraph.Extraction.Lexicons;
using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Tests.Lexicons;

public class LexiconFormatTests
{
    [Fact]
    public void A_model_row_gives_name_aliases_sizes_and_family()
    {
        var lexicon = Lexicon.FromTexts(new Dictionary<string, string>
        {
            [LexiconFiles.Models] = "# name\taliases\tparams\tcontext_window\tfamily\nLlama-2-7B\tLlama 2 7B|LLaMA2-7B\t7B\t4096\tLlama\n",
        });

        var entry = Assert.Single(lexicon.Entries);
        Assert.Equal(EntityKind.Model, entry.Kind);
        Assert.Equal(["Llama 2 7B", "LLaMA2-7B"], entry.Aliases);
        Assert.Equal(7_000_000_000, entry.Params);
        Assert.Equal(4096, entry.ContextWindow);
        Assert.Equal("Llama", entry.Family);
        Assert.Same(entry, lexicon.Find("llama2 7b"));
    }

    [Fact]
    public void An_equals_sign_makes_a_form_case_sensitive_and_is_not_part_of_the_name()
    {
        var lexicon = Lexicon.FromTexts(new Dictionary<string, string>
        {
            [LexiconFiles.Benchmarks] = "=MATH\t\tbenchmark\t\nARC-Challenge\t=ARC-C\tbenchmark\tAI2 Reasoning Challenge\n",
        });

        var math = lexicon.Find("MATH");
        Assert.NotNull(math);
        Assert.Equal("MATH", math.Name);
        Assert.Equal(["MATH"], math.ExactCaseForms);
        Assert.Null(lexicon.Find("Math"));
        Assert.False(lexicon.CaseAllows("Math"));
        Assert.True(lexicon.CaseAllows("ARC-C"));
        Assert.False(lexicon.CaseAllows("Arc-c"));
        Assert.True(lexicon.CaseAllows("arc-challenge"));
        Assert.True(lexicon.CaseAllows("Unknown"));
    }

    [Fact]
    public void A_case_sensitive_form_does_not_restrict_another_form_with_the_same_letters()
    {
        var lexicon = Lexicon.FromTexts(new Dictionary<string, string>
        {
            [LexiconFiles.Models] = "BLOOM\t=Bloom\t176B\t\tBLOOM\n",
        });

        Assert.True(lexicon.CaseAllows("Bloom"));
        Assert.True(lexicon.CaseAllows("bloom"));
    }

    [Fact]
    public void A_name_listed_twice_in_one_file_is_refused_with_both_lines()
    {
        var error = Assert.Throws<LexiconException>(() => Lexicon.FromTexts(new Dictionary<string, string>
        {
            [LexiconFiles.Methods] = "# name\taliases\texpansion\nLoRA\t\tLow-Rank Adaptation\nlora\t\t\n",
        }));

        Assert.Equal(3, error.Line);
        Assert.Contains("already listed at line 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=\t\tbenchmark\t\n", 1)]
    [InlineData("MMLU\t=\tbenchmark\t\n", 2)]
    [InlineData("---\t\tbenchmark\t\n", 1)]
    [InlineData("MMLU\t\texam\t\n", 3)]
    public void A_bad_benchmark_row_names_its_field(string text, int field)
    {
        var error = Assert.Throws<LexiconException>(() => Lexicon.FromTexts(new Dictionary<string, string> { [LexiconFiles.Benchmarks] = text }));

        Assert.Equal(1, error.Line);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_later_folder_replaces_a_built_in_row_of_the_same_name()
    {
        var folder = Directory.CreateTempSubdirectory("lexicon-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, LexiconFiles.Benchmarks), "GPT-4\t\tdataset\t\n");

            var lexicon = Lexicon.Load([folder.FullName]);

            Assert.Equal(EntityKind.Dataset, lexicon.Find("GPT4")?.Kind);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
