using PaperGraph.Extraction.Model;
using PaperGraph.Extraction.Recognizers;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Lexicons;

/// <summary>Lexicon rows gathered from one or more folders before the lookup indexes are built.</summary>
internal sealed class LexiconData
{
    /// <summary>Entries by the key of their name, so a later folder's row replaces an earlier one.</summary>
    public Dictionary<string, LexiconEntry> Entries { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Metrics { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Generic { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EntityKind> Cues { get; } = new(StringComparer.Ordinal);

    public List<(string Suffix, EntityKind Kind)> Suffixes { get; } = [];

    public HashSet<string> NameParts { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads one file; <paramref name="file"/> says which format, <paramref name="displayName"/> names it in errors.</summary>
    public void Read(string file, string displayName, TextReader reader)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        switch (file)
        {
            case LexiconFiles.Models:
                foreach (var row in TsvRow.Read(displayName, reader, 5))
                {
                    var forms = EntryForms.Read(row, 2, null);
                    Add(seen, row, new LexiconEntry(EntityKind.Model, forms.Name, forms.Aliases)
                    {
                        Params = Count(row, 3),
                        ContextWindow = Count(row, 4),
                        Family = row[5].Length > 0 ? row[5] : null,
                        ExactCaseForms = forms.ExactCase,
                    });
                }

                break;
            case LexiconFiles.Benchmarks:
                foreach (var row in TsvRow.Read(displayName, reader, 4))
                {
                    var kind = row[3] switch
                    {
                        "" or "benchmark" => EntityKind.Benchmark,
                        "dataset" => EntityKind.Dataset,
                        _ => throw row.Error(3, $"kind must be 'benchmark' or 'dataset', not '{row[3]}'"),
                    };
                    var forms = EntryForms.Read(row, 2, 4);
                    Add(seen, row, new LexiconEntry(kind, forms.Name, forms.Aliases) { Expansion = forms.Expansion, ExactCaseForms = forms.ExactCase });
                }

                break;
            case LexiconFiles.Methods:
                foreach (var row in TsvRow.Read(displayName, reader, 3))
                {
                    var forms = EntryForms.Read(row, 2, 3);
                    Add(seen, row, new LexiconEntry(EntityKind.Method, forms.Name, forms.Aliases) { Expansion = forms.Expansion, ExactCaseForms = forms.ExactCase });
                }

                break;
            case LexiconFiles.Metrics:
                foreach (var row in TsvRow.Read(displayName, reader, 2))
                {
                    Metrics[NameKey.Of(row[1])] = row[1];
                    foreach (var alias in Aliases(row, 2))
                        Metrics[NameKey.Of(alias)] = row[1];
                }

                break;
            case LexiconFiles.GenericTerms:
                foreach (var row in TsvRow.Read(displayName, reader, 1))
                    Generic.Add(NameKey.Of(row[1]));
                break;
            case LexiconFiles.KindCues:
                foreach (var row in TsvRow.Read(displayName, reader, 2))
                    Cues[row[1].ToLowerInvariant()] = Kind(row, 2);
                break;
            case LexiconFiles.NameSuffixes:
                foreach (var row in TsvRow.Read(displayName, reader, 2))
                    Suffixes.Add((row[1], Kind(row, 2)));
                break;
            case LexiconFiles.NameParts:
                foreach (var row in TsvRow.Read(displayName, reader, 1))
                    NameParts.Add(row[1]);
                break;
            default:
                throw new LexiconException($"{displayName}: not a lexicon file name");
        }
    }

    // A later folder may replace a name, but one file naming it twice is a mistake worth a line number.
    private void Add(Dictionary<string, int> seen, TsvRow row, LexiconEntry entry)
    {
        var key = NameKey.Of(entry.Name);
        if (key.Length == 0)
            throw row.Error(1, $"'{entry.Name}' has no letter or digit");
        if (!seen.TryAdd(key, row.Line))
            throw row.Error(1, $"'{entry.Name}' is already listed at line {seen[key]}");
        Entries[key] = entry;
    }

    private static string[] Aliases(TsvRow row, int field) =>
        row[field].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static long? Count(TsvRow row, int field)
    {
        if (row[field].Length == 0)
            return null;
        if (!Quantity.TryParseCount(row[field], out var count))
            throw row.Error(field, $"'{row[field]}' is not a count such as 7B, 128K or 32768");
        return count;
    }

    private static EntityKind Kind(TsvRow row, int field) => row[field] switch
    {
        "model" => EntityKind.Model,
        "benchmark" => EntityKind.Benchmark,
        "dataset" => EntityKind.Dataset,
        "method" => EntityKind.Method,
        _ => throw row.Error(field, $"kind must be model, benchmark, dataset or method, not '{row[field]}'"),
    };
}
