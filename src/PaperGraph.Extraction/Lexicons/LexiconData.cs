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
        switch (file)
        {
            case LexiconFiles.Models:
                foreach (var row in TsvRow.Read(displayName, reader, 5))
                {
                    Add(new LexiconEntry(EntityKind.Model, row[1], Aliases(row, 2))
                    {
                        Params = Count(row, 3),
                        ContextWindow = Count(row, 4),
                        Family = row[5].Length > 0 ? row[5] : null,
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
                    Add(new LexiconEntry(kind, row[1], Aliases(row, 2)) { Expansion = Optional(row, 4) });
                }

                break;
            case LexiconFiles.Methods:
                foreach (var row in TsvRow.Read(displayName, reader, 3))
                    Add(new LexiconEntry(EntityKind.Method, row[1], Aliases(row, 2)) { Expansion = Optional(row, 3) });
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

    private void Add(LexiconEntry entry) => Entries[NameKey.Of(entry.Name)] = entry;

    private static string[] Aliases(TsvRow row, int field) =>
        row[field].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Optional(TsvRow row, int field) => row[field].Length > 0 ? row[field] : null;

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
