using System.Collections.Concurrent;

namespace PaperGraph.Storage.Neo4j;

/// <summary>The Cypher the store sends: the top-level <c>cypher/</c> folder's files, embedded, named after their folder and operation, read once.</summary>
public static class CypherResources
{
    private const string Prefix = "PaperGraph.Cypher.";
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The text of <c>cypher/{name}.cypher</c>, for example <c>write/papers_merge</c>.</summary>
    public static string Get(string name) => Cache.GetOrAdd(name, static n => Load(Prefix + n.Replace('/', '.') + ".cypher"));

    /// <summary>Every embedded statement file, as (<c>write/papers_merge</c>, text), for linting and tests.</summary>
    public static IReadOnlyList<(string Name, string Text)> All() =>
        [.. typeof(CypherResources).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(r => r[Prefix.Length..^".cypher".Length])
            .Select(n => (Name: n.Contains('.', StringComparison.Ordinal) ? n[..n.IndexOf('.', StringComparison.Ordinal)] + "/" + n[(n.IndexOf('.', StringComparison.Ordinal) + 1)..] : n, Text: Load(Prefix + n + ".cypher")))
            .OrderBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>
    /// The statements of the schema file in order. The Query API runs one statement per request,
    /// so the file is split at each line that ends with a semicolon; comment lines are left out.
    /// </summary>
    public static IReadOnlyList<string> SchemaStatements()
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var line in Get("schema").Split('\n').Select(l => l.TrimEnd()))
        {
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) || line.Length == 0)
                continue;
            current.Add(line);
            if (!line.EndsWith(';'))
                continue;
            statements.Add(string.Join('\n', current).TrimEnd(';'));
            current.Clear();
        }

        if (current.Count > 0)
            statements.Add(string.Join('\n', current));
        return statements;
    }

    private static string Load(string resource)
    {
        using var stream = typeof(CypherResources).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded Cypher '{resource}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
