using System.Globalization;
using PaperGraph.Extraction.Model;
using PaperGraph.Graph.Model;

namespace PaperGraph.Storage.Neo4j;

/// <summary>The parameter rows the <c>UNWIND $rows</c> statements take, one dictionary per node or relationship.</summary>
internal static class Neo4jRows
{
    /// <summary>A paper; no authors go as null (no property), which the read turns back into an empty list.</summary>
    public static Dictionary<string, object?> Paper(PaperFragment fragment, string ingestedAt) => new(StringComparer.Ordinal)
    {
        ["id"] = fragment.Paper.Id,
        ["title"] = fragment.Paper.Title,
        ["abstract"] = fragment.Paper.Abstract,
        ["arxivId"] = fragment.Paper.ArxivId,
        ["url"] = fragment.Paper.Url,
        ["date"] = fragment.Paper.Date,
        ["authors"] = fragment.Paper.Authors.Count > 0 ? fragment.Paper.Authors : null,
        ["source"] = fragment.Paper.Source,
        ["contentHash"] = fragment.ContentHash,
        ["ingestedAt"] = ingestedAt,
    };

    public static Dictionary<string, object?> Entity(StoredEntity entity) => new(StringComparer.Ordinal)
    {
        ["id"] = entity.Id,
        ["kind"] = entity.Kind.ToString(),
        ["name"] = entity.Name,
    };

    public static Dictionary<string, object?> Repo(StoredRepo repo) => new(StringComparer.Ordinal)
    {
        ["id"] = repo.Id,
        ["name"] = repo.Name,
    };

    public static Dictionary<string, object?> Result(StoredResult result) => WithEvidence(new(StringComparer.Ordinal)
    {
        ["id"] = result.Id,
        ["paperId"] = result.PaperId,
        ["value"] = result.Value,
        ["unit"] = result.Unit,
        ["metric"] = result.Metric,
        ["text"] = result.Text,
    }, result.Evidence);

    /// <summary>A stated length; it has no id of its own, so its paper and place in the paper make one.</summary>
    public static Dictionary<string, object?> ContextLength(StoredContextLength length, int ordinal) => WithEvidence(new(StringComparer.Ordinal)
    {
        ["id"] = length.PaperId + "#length-" + ordinal.ToString(CultureInfo.InvariantCulture),
        ["paperId"] = length.PaperId,
        ["ordinal"] = ordinal,
        ["text"] = length.Text,
        ["tokens"] = length.Tokens,
        ["subjectId"] = length.SubjectId,
    }, length.Evidence);

    /// <summary>A relationship; empty lists go as null, so Neo4j stores no property rather than an empty one.</summary>
    public static Dictionary<string, object?> Relationship(StoredRelationship relationship, int ordinal) => WithEvidence(new(StringComparer.Ordinal)
    {
        ["id"] = relationship.Id,
        ["paperId"] = relationship.PaperId,
        ["fromId"] = relationship.FromId,
        ["toId"] = relationship.ToId,
        ["ordinal"] = ordinal,
        ["verified"] = relationship.Verified,
        ["writtenName"] = relationship.Properties.WrittenName,
        ["aliases"] = relationship.Properties.Aliases.Count > 0 ? relationship.Properties.Aliases : null,
        ["params"] = relationship.Properties.Params,
        ["contextWindow"] = relationship.Properties.ContextWindow,
        ["contextLengths"] = relationship.Properties.ContextLengths.Count > 0 ? relationship.Properties.ContextLengths : null,
    }, relationship.Evidence);

    private static Dictionary<string, object?> WithEvidence(Dictionary<string, object?> row, Evidence evidence)
    {
        row["evField"] = evidence.Field.ToString();
        row["evStart"] = evidence.Start;
        row["evEnd"] = evidence.End;
        row["evSentence"] = evidence.Sentence;
        row["evRule"] = evidence.Rule;
        return row;
    }
}
