using System.Collections.Concurrent;

namespace PaperGraph.Storage.Sqlite;

/// <summary>The SQL the store runs, kept as embedded <c>.sql</c> files named after their operation and read once.</summary>
internal static class SqlResources
{
    private const string Prefix = "PaperGraph.Storage.Sqlite.Sql.";
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The text of <c>Sql/{name}.sql</c>, for example <c>Write/paper_upsert</c>.</summary>
    public static string Get(string name) => Cache.GetOrAdd(name, static n => Load(Prefix + n.Replace('/', '.') + ".sql"));

    /// <summary>The migrations in the order they apply, as (version, name, SQL).</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations() =>
        [.. typeof(SqlResources).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(Prefix + "Migrations.", StringComparison.Ordinal))
            .Select(r => r[(Prefix.Length + "Migrations.".Length)..^".sql".Length])
            .Select(n => (int.Parse(n[..n.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture), n, Load(Prefix + "Migrations." + n + ".sql")))
            .OrderBy(m => m.Item1)];

    private static string Load(string resource)
    {
        using var stream = typeof(SqlResources).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded SQL '{resource}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
