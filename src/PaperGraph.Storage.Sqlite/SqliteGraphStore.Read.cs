using System.Data.Common;
using Microsoft.Data.Sqlite;
using PaperGraph.Extraction.Model;
using PaperGraph.Graph;
using PaperGraph.Graph.Model;

namespace PaperGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public async Task<GraphSnapshot> LoadAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // One read transaction: the snapshot is consistent even while another process ingests.
            await using var transaction = connection.BeginTransaction(deferred: true);
            var papers = new Dictionary<long, StoredPaper>();
            await ReadAsync(transaction, "Read/papers", r => papers[r.GetInt64(0)] = new StoredPaper(
                r.GetString(1), r.GetString(2), r.GetString(3), Text(r, 4), Text(r, 5), Text(r, 6), StoredJson.ReadAuthors(r.GetString(7)), Text(r, 8)), cancellationToken).ConfigureAwait(false);
            var facts = new FactRowReader(papers);
            var entities = await ReadAsync(transaction, "Read/entities", r => new StoredEntity(
                r.GetString(0), Enum.Parse<EntityKind>(r.GetString(1)), r.GetString(2)), cancellationToken).ConfigureAwait(false);
            var repos = await ReadAsync(transaction, "Read/repos", r => new StoredRepo(r.GetString(0), r.GetString(1)), cancellationToken).ConfigureAwait(false);
            var resultLinks = new List<StoredRelationship>();
            var results = await ReadAsync(transaction, "Read/results", r =>
            {
                var result = new StoredResult(r.GetString(1), facts.Paper(r, 0).Id, r.GetDouble(2), facts.Shared(r, 3), facts.Shared(r, 4), r.GetString(5), facts.Evidence(r, 0, 6))
                {
                    Verified = r.GetInt64(13) != 0,
                };
                resultLinks.AddRange(ResultLinks.Of(result, facts.Shared(r, 14), facts.Shared(r, 15)));
                return result;
            }, cancellationToken).ConfigureAwait(false);
            var lengths = await ReadAsync(transaction, "Read/context_lengths", r => new StoredContextLength(
                facts.Paper(r, 0).Id, facts.Shared(r, 1)!, r.GetInt64(2), facts.Shared(r, 3), facts.Evidence(r, 0, 4)), cancellationToken).ConfigureAwait(false);
            var relationships = await ReadAsync(transaction, "Read/relationships", r => new StoredRelationship(
                r.GetString(1), Enum.Parse<RelationshipType>(r.GetString(2)), facts.Shared(r, 3) ?? facts.Paper(r, 0).Id, facts.Shared(r, 4)!, facts.Paper(r, 0).Id,
                StoredJson.ReadProperties(r.GetString(5)), facts.Evidence(r, 0, 7)) { Verified = r.GetInt64(6) != 0 }, cancellationToken).ConfigureAwait(false);
            var merges = await ReadAsync(transaction, "Read/merges", r => (Removed: r.GetString(0), Keep: r.GetString(1)), cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            // The read filled the page cache (sized for ingests) with the whole file; the graph
            // now lives in the read model, so give those pages back.
            await ExecuteAsync("PRAGMA shrink_memory;", cancellationToken).ConfigureAwait(false);
            relationships.AddRange(resultLinks);
            var named = NamedNodes(relationships, lengths);
            return new GraphSnapshot([.. papers.Values], [.. entities.Where(e => named.Contains(e.Id))], [.. repos.Where(r => named.Contains(r.Id))], results, lengths, relationships) { Merges = merges.ToDictionary(m => m.Removed, m => m.Keep) };
        }
        catch (Exception e) when (e is SqliteException or InvalidDataException)
        {
            throw new StoreException($"{Path}: cannot read the store: {e.Message}", e);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The ids of the nodes some fact still names: a changed paper's facts are replaced without
    /// deleting the entities and repos only it named, so the store leaves those out when it loads.
    /// </summary>
    private static HashSet<string> NamedNodes(List<StoredRelationship> relationships, List<StoredContextLength> lengths)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            named.Add(relationship.FromId);
            named.Add(relationship.ToId);
        }

        foreach (var length in lengths)
        {
            if (length.SubjectId is not null)
                named.Add(length.SubjectId);
        }

        return named;
    }

    private async Task<List<T>> ReadAsync<T>(SqliteTransaction transaction, string name, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqlResources.Get(name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            rows.Add(map(reader));
        return rows;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
