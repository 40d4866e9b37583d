using PaperGraph.Extraction.Model;
using PaperGraph.Graph;
using PaperGraph.Graph.Model;
using PaperGraph.Storage.Neo4j.Http;

namespace PaperGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<GraphSnapshot> LoadAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            // One transaction for all six reads: the snapshot is consistent while others write.
            return await client.ExecuteAsync(ReadSnapshotAsync, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e)
        {
            throw new StoreException($"cannot read the Neo4j store: {e.Message}", e);
        }
    }

    private static async Task<GraphSnapshot> ReadSnapshotAsync(Neo4jTransaction transaction, CancellationToken cancellationToken)
    {
        var papers = await ReadAsync(transaction, "read/papers", r => new StoredPaper(
            r.String("id"), r.String("title"), r.String("abstract"), r.NullableString("arxivId"), r.NullableString("url"),
            r.NullableString("date"), r.Strings("authors"), r.NullableString("source")), cancellationToken).ConfigureAwait(false);
        var entities = await ReadAsync(transaction, "read/entities", r => new StoredEntity(
            r.String("id"), Enum.Parse<EntityKind>(r.String("kind")), r.String("name")), cancellationToken).ConfigureAwait(false);
        var repos = await ReadAsync(transaction, "read/repos", r => new StoredRepo(r.String("id"), r.String("name")), cancellationToken).ConfigureAwait(false);
        var results = await ReadAsync(transaction, "read/results", r => new StoredResult(
            r.String("id"), r.String("paperId"), r.Double("value"), r.NullableString("unit"), r.NullableString("metric"), r.String("text"), Evidence(r)), cancellationToken).ConfigureAwait(false);
        var lengths = await ReadAsync(transaction, "read/context_lengths", r => new StoredContextLength(
            r.String("paperId"), r.String("text"), r.Long("tokens"), r.NullableString("subjectId"), Evidence(r)), cancellationToken).ConfigureAwait(false);
        var relationships = await ReadAsync(transaction, "read/relationships", r => new StoredRelationship(
            r.String("id"), Enum.Parse<RelationshipType>(r.String("type")), r.String("fromId"), r.String("toId"), r.String("paperId"),
            new RelationshipProperties
            {
                WrittenName = r.NullableString("writtenName"),
                Aliases = r.Strings("aliases"),
                Params = r.NullableLong("params"),
                ContextWindow = r.NullableLong("contextWindow"),
                ContextLengths = r.Longs("contextLengths"),
            },
            Evidence(r)) { Verified = r.Boolean("verified") }, cancellationToken).ConfigureAwait(false);
        return new GraphSnapshot(papers, entities, repos, results, lengths, relationships);
    }

    private static async Task<List<T>> ReadAsync<T>(Neo4jTransaction transaction, string statement, Func<QueryRecord, T> map, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(CypherResources.Get(statement), cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(map)];
    }

    private static Evidence Evidence(QueryRecord record) => new(
        Enum.Parse<TextField>(record.String("evField")),
        checked((int)record.Long("evStart")),
        checked((int)record.Long("evEnd")),
        record.String("evSentence"),
        record.String("evRule"));
}
