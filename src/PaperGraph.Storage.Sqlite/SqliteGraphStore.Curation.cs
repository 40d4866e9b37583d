using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PaperGraph.Graph;
using PaperGraph.Graph.Model;

namespace PaperGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore : IGraphCuration
{
    /// <inheritdoc />
    public Task<bool> VerifyFactAsync(string factId, bool verified, CancellationToken cancellationToken = default) =>
        InTransactionAsync(transaction =>
        {
            var flag = verified ? 1L : 0L;
            // Results are looked up by their key; only an id that is no result costs a scan of the relationships.
            if (Execute(transaction, "Curation/result_verify", ("$id", factId), ("$verified", flag)) > 0)
            {
                Execute(transaction, "Curation/result_links_verify", ("$id", factId), ("$verified", flag));
                return true;
            }

            return Execute(transaction, "Curation/relationship_verify", ("$id", factId), ("$verified", flag)) > 0;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<bool> CorrectFactAsync(FactCorrection correction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        return InTransactionAsync(transaction =>
        {
            if (Scalar(transaction, "Curation/result_exists", ("$id", correction.FactId)) is not null)
            {
                if (correction.ContextLengths is not null || correction.Params is not null || correction.ContextWindow is not null)
                    throw new CurationException("id", $"'{correction.FactId}' is not an evaluation or mention: only value, unit and metric can be corrected on a result");
                Execute(transaction, "Curation/result_correct", ("$id", correction.FactId), ("$value", correction.Value), ("$unit", correction.Unit), ("$metric", correction.Metric));
                Execute(transaction, "Curation/result_links_verify", ("$id", correction.FactId), ("$verified", 1L));
                return true;
            }

            var resultFields = correction.Value is not null || correction.Unit is not null || correction.Metric is not null;
            using var query = Command(transaction, "Curation/relationship_props", ("$id", correction.FactId));
            using var props = query.ExecuteReader();
            if (!props.Read())
                return false;
            var rowId = props.GetInt64(0);
            var corrected = Corrected(Enum.Parse<RelationshipType>(props.GetString(1)), StoredJson.ReadProperties(props.GetString(2)), correction, resultFields);
            props.Close();
            Execute(transaction, "Curation/relationship_correct", ("$rowid", rowId), ("$props", StoredJson.Properties(corrected)));
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> MergeEntitiesAsync(string keepId, IReadOnlyList<string> removeIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(removeIds);
        return InTransactionAsync(transaction =>
        {
            if (removeIds.Count == 0)
                throw new CurationException("remove", "name at least one entity to merge into the kept one");
            if (Scalar(transaction, "Curation/entity_exists", ("$id", keepId)) is null)
                throw new CurationException("keep", $"no entity has the id '{keepId}'");
            for (var i = 0; i < removeIds.Count; i++)
            {
                if (removeIds[i] == keepId)
                    throw new CurationException($"remove[{i}]", $"'{keepId}' is the entity being kept; it cannot also be removed");
                if (Scalar(transaction, "Curation/entity_exists", ("$id", removeIds[i])) is null)
                    throw new CurationException($"remove[{i}]", $"no entity has the id '{removeIds[i]}'");
            }

            var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            foreach (var removed in removeIds.Distinct())
                Execute(transaction, "Curation/merge_insert", ("$removed_id", removed), ("$keep_id", keepId), ("$merged_at", now));
            var ids = JsonSerializer.Serialize(removeIds.Append(keepId).Distinct().ToList(), StoredJsonContext.Default.IReadOnlyListString);
            return Convert.ToInt32(Scalar(transaction, "Curation/merge_fact_count", ("$ids", ids)), CultureInfo.InvariantCulture);
        }, cancellationToken);
    }

    private static RelationshipProperties Corrected(RelationshipType type, RelationshipProperties properties, FactCorrection correction, bool resultFields)
    {
        switch (type)
        {
            case RelationshipType.EVALUATED_ON when correction.Params is null && correction.ContextWindow is null && !resultFields:
                return correction.ContextLengths is { } lengths ? properties with { ContextLengths = [.. lengths.Distinct().Order()] } : properties;
            case RelationshipType.MENTIONS when correction.ContextLengths is null && !resultFields:
                return properties with
                {
                    Params = correction.Params ?? properties.Params,
                    ContextWindow = correction.ContextWindow ?? properties.ContextWindow,
                };
            default:
                throw new CurationException("id", type switch
                {
                    RelationshipType.EVALUATED_ON => $"'{correction.FactId}' is an evaluation: only its contextLengths can be corrected",
                    RelationshipType.MENTIONS => $"'{correction.FactId}' is a mention: only its parameters and contextWindow can be corrected",
                    _ => $"'{correction.FactId}' is a {type} relationship, which has nothing to correct; verify it instead",
                });
        }
    }

    private async Task<T> InTransactionAsync<T>(Func<SqliteTransaction, T> work, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = work(transaction);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{Path}: the change was not written: {e.Message}", e);
        }
        finally
        {
            gate.Release();
        }
    }

    private int Execute(SqliteTransaction transaction, string name, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        using var command = Command(transaction, name, parameters);
        return command.ExecuteNonQuery();
    }

    private object? Scalar(SqliteTransaction transaction, string name, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        using var command = Command(transaction, name, parameters);
        return command.ExecuteScalar();
    }

    private SqliteCommand Command(SqliteTransaction transaction, string name, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqlResources.Get(name);
        foreach (var (parameterName, value) in parameters)
            command.Parameters.AddWithValue(parameterName, value ?? DBNull.Value);
        return command;
    }
}
