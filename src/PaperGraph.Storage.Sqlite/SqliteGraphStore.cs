using Microsoft.Data.Sqlite;
using PaperGraph.Graph;

namespace PaperGraph.Storage.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode, so readers keep working while an
/// ingest writes, and every batch is one transaction, so a killed ingest leaves no half paper.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private readonly SqliteConnection connection;
    private readonly SemaphoreSlim gate = new(1, 1);

    // Entity and repo ids this store has committed: node rows are never deleted, so a later batch
    // naming them again skips the insert (a primary-key probe per mention) altogether.
    private readonly HashSet<string> storedNodes = new(StringComparer.Ordinal);

    /// <summary>Opens (creating if needed) the store in <paramref name="path"/>; <c>:memory:</c> keeps it in memory.</summary>
    public SqliteGraphStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = path == ":memory:" ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        connection = new SqliteConnection(builder.ToString());
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (connection.State != System.Data.ConnectionState.Open)
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                // synchronous = NORMAL is durable enough in WAL mode (a crash loses at most the last
                // commits, never consistency). A page cache of up to 1 GB (the default is 2 MB; pages
                // are only taken as used) keeps the indexes a large ingest inserts into in memory, and
                // checkpoints every 64 MB of WAL (not 4 MB) copy a page changed by many batches once.
                await ExecuteAsync("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA cache_size = -1048576; PRAGMA wal_autocheckpoint = 16384;", cancellationToken).ConfigureAwait(false);
            }

            await SchemaMigrator.MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{Path}: cannot open the store: {e.Message}", e);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync().ConfigureAwait(false);
        gate.Dispose();
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
