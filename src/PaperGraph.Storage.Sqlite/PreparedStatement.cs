using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PaperGraph.Storage.Sqlite;

/// <summary>
/// One SQL statement compiled once and run many times on the store's connection, with its
/// parameters bound by position in the order named at construction. The hot write path uses it
/// instead of <see cref="SqliteCommand"/>, whose per-execution work (looking parameters up by
/// name, building a data reader) cost more than SQLite's own insert.
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;
    private readonly int[] indexes;
    private int next;

    /// <summary>Compiles <c>Sql/{name}.sql</c>; <paramref name="parameters"/> name every parameter in the order they are bound.</summary>
    public PreparedStatement(SqliteConnection connection, string name, params string[] parameters)
    {
        database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(database, SqlResources.Get(name), out statement));
        if (raw.sqlite3_bind_parameter_count(statement) != parameters.Length)
            throw new InvalidOperationException($"Sql/{name}.sql: expected the parameters {string.Join(", ", parameters)}");
        indexes = [.. parameters.Select(p => raw.sqlite3_bind_parameter_index(statement, p))];
        if (Array.IndexOf(indexes, 0) is var missing and >= 0)
            throw new InvalidOperationException($"Sql/{name}.sql has no parameter {parameters[missing]}");
    }

    /// <summary>Binds the next parameter to text, or to NULL.</summary>
    public PreparedStatement Bind(string? value)
    {
        var index = indexes[next++];
        Check(value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text16(statement, index, value));
        return this;
    }

    /// <summary>Binds the next parameter to an integer.</summary>
    public PreparedStatement Bind(long value)
    {
        Check(raw.sqlite3_bind_int64(statement, indexes[next++], value));
        return this;
    }

    /// <summary>Binds the next parameter to an integer, or to NULL.</summary>
    public PreparedStatement Bind(long? value)
    {
        var index = indexes[next++];
        Check(value is { } number ? raw.sqlite3_bind_int64(statement, index, number) : raw.sqlite3_bind_null(statement, index));
        return this;
    }

    /// <summary>Binds the next parameter to a real number.</summary>
    public PreparedStatement Bind(double value)
    {
        Check(raw.sqlite3_bind_double(statement, indexes[next++], value));
        return this;
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public void Execute()
    {
        try
        {
            EnsureBound();
            var rc = raw.sqlite3_step(statement);
            if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
                Check(rc);
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>Runs a statement that returns one integer (an <c>INSERT ... RETURNING</c>) and returns it.</summary>
    public long QueryInt64()
    {
        long? value = null;
        Query(row => value = raw.sqlite3_column_int64(row, 0));
        return value ?? throw new InvalidOperationException("the statement returned no row");
    }

    /// <summary>Runs a query and hands each row to <paramref name="read"/>.</summary>
    public void Query(Action<sqlite3_stmt> read)
    {
        try
        {
            EnsureBound();
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                read(statement);
            if (rc != raw.SQLITE_DONE)
                Check(rc);
        }
        finally
        {
            Reset();
        }
    }

    /// <inheritdoc />
    public void Dispose() => statement.Dispose();

    /// <summary>The text of column <paramref name="ordinal"/> of the current row, or null.</summary>
    public static string? Text(sqlite3_stmt row, int ordinal) =>
        raw.sqlite3_column_type(row, ordinal) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(row, ordinal).utf8_to_string();

    private void EnsureBound()
    {
        if (next != indexes.Length)
            throw new InvalidOperationException($"{indexes.Length} parameters expected, {next} bound");
    }

    private void Reset()
    {
        next = 0;
        // The step's error (if any) was already reported; reset only makes the statement reusable.
        raw.sqlite3_reset(statement);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
            SqliteException.ThrowExceptionForRC(rc, database);
    }
}
