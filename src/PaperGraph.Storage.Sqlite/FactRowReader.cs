using System.Data.Common;
using PaperGraph.Extraction.Model;
using PaperGraph.Graph.Model;

namespace PaperGraph.Storage.Sqlite;

/// <summary>
/// Turns fact rows back into records while the store loads: the paper a row points at by key,
/// its evidence sentence cut out of the paper's text, and one shared string for every repeated
/// value (ids, rules, sentences), so a loaded graph holds each only once.
/// </summary>
internal sealed class FactRowReader(IReadOnlyDictionary<long, StoredPaper> papers)
{
    private readonly Dictionary<(long Paper, TextField Field, int Start, int End), string> sentences = [];
    private readonly Dictionary<string, string> shared = new(StringComparer.Ordinal);

    /// <summary>The paper whose key is in column <paramref name="ordinal"/>.</summary>
    public StoredPaper Paper(DbDataReader row, int ordinal) => papers[row.GetInt64(ordinal)];

    /// <summary>The text of a column, shared with every equal text read before; null for NULL.</summary>
    public string? Shared(DbDataReader row, int ordinal)
    {
        if (row.IsDBNull(ordinal))
            return null;
        var text = row.GetString(ordinal);
        if (shared.TryGetValue(text, out var known))
            return known;
        shared.Add(text, text);
        return text;
    }

    /// <summary>
    /// The evidence in the seven columns from <paramref name="first"/> (field, start, end,
    /// sentence start, sentence end, sentence copy, rule) of a row of the paper keyed in <paramref name="paperOrdinal"/>.
    /// </summary>
    public Evidence Evidence(DbDataReader row, int paperOrdinal, int first)
    {
        var field = Enum.Parse<TextField>(row.GetString(first));
        var sentence = row.IsDBNull(first + 5) ? SpanSentence(row, paperOrdinal, field, row.GetInt32(first + 3), row.GetInt32(first + 4)) : row.GetString(first + 5);
        return new Evidence(field, row.GetInt32(first + 1), row.GetInt32(first + 2), sentence, Shared(row, first + 6)!);
    }

    private string SpanSentence(DbDataReader row, int paperOrdinal, TextField field, int start, int end)
    {
        var key = (row.GetInt64(paperOrdinal), field, start, end);
        if (sentences.TryGetValue(key, out var sentence))
            return sentence;
        var paper = papers[key.Item1];
        sentence = SentenceSpans.Sentence(paper.Title, paper.Abstract, field, start, end)
            ?? throw new InvalidDataException($"paper {paper.Id}: a fact's sentence span {start}..{end} lies outside its {field}");
        sentences.Add(key, sentence);
        return sentence;
    }
}
