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
            var papers = await ReadAsync(transaction, "Read/papers", r => new StoredPaper(
                r.GetString(0), r.GetString(1), r.GetString(2), Text(r, 3), Text(r, 4), Text(r, 5), StoredJson.ReadAuthors(r.GetString(6)), Text(r, 7)), cancellationToken).ConfigureAwait(false);
            var entities = await ReadAsync(transaction, "Read/entities", r => new StoredEntity(
                r.GetString(0), Enum.Parse<EntityKind>(r.GetString(1)), r.GetString(2)), cancellationToken).ConfigureAwait(false);
            var repos = await ReadAsync(transaction, "Read/repos", r => new StoredRepo(r.GetString(0), r.GetString(1)), cancellationToken).ConfigureAwait(false);
            var results = await ReadAsync(transaction, "Read/results", r => new StoredResult(
                r.GetString(0), r.GetString(1), r.GetDouble(2), Text(r, 3), Text(r, 4), r.GetString(5), ReadEvidence(r, 6)) { Verified = r.GetInt64(11) != 0 }, cancellationToken).ConfigureAwait(false);
            var lengths = await ReadAsync(transaction, "Read/context_lengths", r => new StoredContextLength(
                r.GetString(0), r.GetString(1), r.GetInt64(2), Text(r, 3), ReadEvidence(r, 4)), cancellationToken).ConfigureAwait(false);
            var relationships = await ReadAsync(transaction, "Read/relationships", r => new StoredRelationship(
                r.GetString(0), Enum.Parse<RelationshipType>(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4),
                StoredJson.ReadProperties(r.GetString(5)), ReadEvidence(r, 7)) { Verified = r.GetInt64(6) != 0 }, cancellationToken).ConfigureAwait(false);
            var merges = await ReadAsync(transaction, "Read/merges", r => (Removed: r.GetString(0), Keep: r.GetString(1)), cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new GraphSnapshot(papers, entities, repos, results, lengths, relationships) { Merges = merges.ToDictionary(m => m.Removed, m => m.Keep) };
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{Path}: cannot read the store: {e.Message}", e);
        }
        finally
        {
            gate.Release();
        }
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

    private static Evidence ReadEvidence(DbDataReader reader, int first) => new(
        Enum.Parse<TextField>(reader.GetString(first)),
        reader.GetInt32(first + 1),
        reader.GetInt32(first + 2),
        reader.GetString(first + 3),
        reader.GetString(first + 4));
}
