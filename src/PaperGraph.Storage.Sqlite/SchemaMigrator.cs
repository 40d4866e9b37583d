using Microsoft.Data.Sqlite;

namespace PaperGraph.Storage.Sqlite;

/// <summary>Applies the embedded migrations a database has not seen yet, each in its own transaction.</summary>
internal static class SchemaMigrator
{
    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;";
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var applied = new HashSet<long>();
        await using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT version FROM schema_migrations;";
            await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                applied.Add(reader.GetInt64(0));
        }

        foreach (var (version, name, sql) in SqlResources.Migrations().Where(m => !applied.Contains(m.Version)))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var migrate = connection.CreateCommand())
            {
                migrate.Transaction = transaction;
                migrate.CommandText = sql;
                await migrate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $t);";
                record.Parameters.AddWithValue("$v", version);
                record.Parameters.AddWithValue("$n", name);
                record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O"));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
