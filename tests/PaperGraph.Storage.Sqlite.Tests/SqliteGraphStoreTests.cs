using Microsoft.Data.Sqlite;
using PaperGraph.Graph;
using PaperGraph.Graph.Tests;

namespace PaperGraph.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("papergraph-store-").FullName;

    private string DbPath => Path.Combine(folder, "graph.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_file_is_in_wal_mode_with_the_schema_migrated_once()
    {
        await using (var store = new SqliteGraphStore(DbPath))
        {
            await store.InitializeAsync();
            await store.InitializeAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal("1,2,3,4", Scalar(connection, "SELECT group_concat(version, ',') FROM (SELECT version FROM schema_migrations ORDER BY version);"));
    }

    [Fact]
    public async Task A_reader_keeps_working_while_a_writer_holds_an_open_transaction()
    {
        await using var writerStore = new SqliteGraphStore(DbPath);
        await writerStore.InitializeAsync();
        await writerStore.UpsertAsync([SampleFacts.LongIns()]);

        await using var writer = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await writer.OpenAsync();
        await using var transaction = writer.BeginTransaction();
        await using (var insert = writer.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "DELETE FROM relationships;";
            await insert.ExecuteNonQueryAsync();
        }

        await using var reader = new SqliteGraphStore(DbPath);
        await reader.InitializeAsync();
        var snapshot = await reader.LoadAsync();

        Assert.NotEmpty(snapshot.Relationships);
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task A_path_that_cannot_hold_a_database_fails_with_a_message_naming_it()
    {
        var bad = Path.Combine(folder, "missing-dir", "graph.db");
        await using var store = new SqliteGraphStore(bad);

        var error = await Assert.ThrowsAsync<StoreException>(() => store.InitializeAsync());

        Assert.StartsWith(bad + ": cannot open the store", error.Message, StringComparison.Ordinal);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
