using System.Globalization;
using PaperGraph.Extraction.Model;

namespace PaperGraph.Graph.Model;

/// <summary>
/// Relationship ids, and the relationships a result implies: the paper REPORTS it, it is OF a
/// model and ON a benchmark, each with the result's own evidence. The builder makes them with
/// these functions, so a store may keep only the result's model and benchmark and rebuild the
/// three relationships exactly when it loads.
/// </summary>
public static class ResultLinks
{
    /// <summary>Room for the text a fact id is hashed from; a longer one spills to a pooled array.</summary>
    private const int KeyBuffer = 512;

    /// <summary>The stable id of a relationship a paper states.</summary>
    public static string RelationshipId(string paperId, RelationshipType type, string from, string to, Evidence evidence) =>
        "rel:" + FragmentHash.ShortId(CultureInfo.InvariantCulture, stackalloc char[KeyBuffer], $"{paperId}|{type}|{from}|{to}|{evidence.Field}|{evidence.Start}");

    /// <summary>REPORTS, then OF (when <paramref name="modelId"/> is known) and ON (when <paramref name="benchmarkId"/> is).</summary>
    public static IEnumerable<StoredRelationship> Of(StoredResult result, string? modelId, string? benchmarkId)
    {
        yield return Link(result, RelationshipType.REPORTS, result.PaperId, result.Id);
        if (modelId is not null)
            yield return Link(result, RelationshipType.OF, result.Id, modelId);
        if (benchmarkId is not null)
            yield return Link(result, RelationshipType.ON, result.Id, benchmarkId);
    }

    /// <summary>Whether <paramref name="relationship"/> is exactly the link <see cref="Of"/> makes for <paramref name="result"/> (so a store need not keep it).</summary>
    public static bool IsImplied(StoredRelationship relationship, StoredResult result) =>
        relationship.Type is RelationshipType.REPORTS or RelationshipType.OF or RelationshipType.ON
        && relationship.Properties == RelationshipProperties.None
        && relationship.Verified == result.Verified
        && relationship.PaperId == result.PaperId
        && relationship.Evidence == result.Evidence
        && (relationship.Type == RelationshipType.REPORTS
            ? relationship.FromId == result.PaperId && relationship.ToId == result.Id
            : relationship.FromId == result.Id)
        && relationship.Id == RelationshipId(result.PaperId, relationship.Type, relationship.FromId, relationship.ToId, result.Evidence);

    private static StoredRelationship Link(StoredResult result, RelationshipType type, string from, string to) =>
        new(RelationshipId(result.PaperId, type, from, to, result.Evidence), type, from, to, result.PaperId, RelationshipProperties.None, result.Evidence)
        {
            Verified = result.Verified,
        };
}
