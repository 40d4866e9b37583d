using PaperGraph.Extraction.Lexicons;
using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Recognizers;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Tests.Lexicons;

/// <summary>The shipped lexicon files: loadable, consistent with each other and as large as promised in docs/lexicons.md.</summary>
public class BuiltInLexiconTests
{
    private static readonly Lexicon BuiltIn = Lexicon.LoadBuiltIn();

    [Fact]
    public void Every_name_alias_and_expansion_belongs_to_one_entry_only()
    {
        var owners = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var conflicts = new List<string>();
        foreach (var entry in BuiltIn.Entries)
        {
            foreach (var form in FormsOf(entry))
            {
                var key = NameKey.Of(form);
                if (owners.TryGetValue(key, out var owner) && !ReferenceEquals(owner, entry))
                    conflicts.Add($"'{form}' of {entry.Name} is also {owner.Name}");
                owners.TryAdd(key, entry);
            }
        }

        Assert.Empty(conflicts);
    }

    [Fact]
    public void A_family_lists_no_sized_model_among_its_aliases()
    {
        // "GPT-3 175B" beside "GPT-3" is a model of its own in the gold records; a size written after a known
        // name extends it into a separate entity, so the family must not swallow it as an alias.
        var swallowed = BuiltIn.Entries
            .Where(e => e.Kind == EntityKind.Model && NameShape.ParamsInName(e.Name) is null)
            .SelectMany(e => e.Aliases.Where(a => NameShape.ParamsInName(a) is not null).Select(a => $"{e.Name}: {a}"))
            .ToList();

        Assert.Empty(swallowed);
    }

    [Fact]
    public void No_two_files_name_the_same_entry()
    {
        var rows = new[] { LexiconFiles.Models, LexiconFiles.Benchmarks, LexiconFiles.Methods }.Sum(file => DataRows(file).Count());

        Assert.Equal(rows, BuiltIn.Entries.Count);
    }

    [Fact]
    public void The_lexicons_hold_at_least_the_documented_numbers_of_entries()
    {
        Assert.InRange(BuiltIn.Entries.Count(e => e.Kind == EntityKind.Model), 1100, int.MaxValue);
        Assert.InRange(BuiltIn.Entries.Count(e => e.Kind is EntityKind.Benchmark or EntityKind.Dataset), 950, int.MaxValue);
        Assert.InRange(BuiltIn.Entries.Count(e => e.Kind == EntityKind.Dataset), 40, int.MaxValue);
        Assert.InRange(BuiltIn.Entries.Count(e => e.Kind == EntityKind.Method), 250, int.MaxValue);
        Assert.InRange(DataRows(LexiconFiles.Metrics).Count(), 100, int.MaxValue);
    }

    [Fact]
    public void A_size_written_in_a_model_name_agrees_with_its_params_and_context_window_columns()
    {
        var disagreements = new List<string>();
        foreach (var entry in BuiltIn.Entries.Where(e => e.Kind == EntityKind.Model))
        {
            if (NameShape.ParamsInName(entry.Name) is { } size && entry.Params != size)
                disagreements.Add($"{entry.Name}: params {entry.Params}, name says {size}");
            // "OPT-125M" is a parameter count; only a K size ("Yi-34B-200K") surely names the window.
            if (NameShape.WindowSpanInName(entry.Name) is { } span && char.ToUpperInvariant(entry.Name[span.Start + span.Length - 1]) == 'K'
                && entry.ContextWindow != NameShape.WindowInName(entry.Name))
                disagreements.Add($"{entry.Name}: context window {entry.ContextWindow}, name says {NameShape.WindowInName(entry.Name)}");
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void Known_sizes_are_parsed_from_the_files()
    {
        Assert.Equal(175_000_000_000, BuiltIn.Find("GPT-3")?.Params);
        Assert.Equal(70_000_000_000, BuiltIn.Find("Llama 2 70B")?.Params);
        Assert.Equal(128_000, BuiltIn.Find("GPT4o")?.ContextWindow);
        Assert.Equal(1_000_000, BuiltIn.Find("Gemini 1.5 Pro")?.ContextWindow);
    }

    [Fact]
    public void No_entry_form_is_a_generic_term_or_a_metric_word()
    {
        var clashes = BuiltIn.Entries.SelectMany(FormsOf)
            .Where(form => BuiltIn.IsGeneric(NameKey.Of(form)) || BuiltIn.Metric(form) is not null)
            .ToList();

        Assert.Empty(clashes);
    }

    [Fact]
    public void Every_metric_word_stands_for_the_metric_of_its_own_row()
    {
        var wrong = new List<string>();
        foreach (var row in DataRows(LexiconFiles.Metrics))
        {
            var fields = row.Split('\t');
            var forms = fields.Length > 1 ? fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            wrong.AddRange(forms.Prepend(fields[0].Trim()).Where(form => BuiltIn.Metric(form) != fields[0].Trim()));
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("Math")]
    [InlineData("Arc")]
    [InlineData("Bloom")]
    [InlineData("Race")]
    [InlineData("Drop")]
    [InlineData("Apps")]
    [InlineData("Albert")]
    [InlineData("Record")]
    public void Plain_english_words_do_not_match_the_acronym_written_like_them(string word)
    {
        Assert.NotNull(BuiltIn.Find(word.ToUpperInvariant() == "RECORD" ? "ReCoRD" : word.ToUpperInvariant()));
        Assert.Null(BuiltIn.Find(word));
    }

    private static IEnumerable<string> FormsOf(LexiconEntry entry) =>
        entry.Aliases.Prepend(entry.Name).Concat(entry.Expansion is null ? [] : [entry.Expansion]);

    private static IEnumerable<string> DataRows(string file) =>
        File.ReadLines(RepoPaths.InRepo("src", "PaperGraph.Extraction", "Lexicons", file))
            .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'));
}
