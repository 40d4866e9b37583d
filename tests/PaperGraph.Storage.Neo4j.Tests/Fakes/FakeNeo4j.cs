using System.Globalization;
using System.Net;
using System.Text.Json;
using PaperGraph.Storage.Neo4j.Http;

namespace PaperGraph.Storage.Neo4j.Tests.Fakes;

/// <summary>A statement the store sent: the embedded file it came from, its text and its decoded parameters.</summary>
public sealed record SentStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters, string? TransactionId);

/// <summary>
/// A Query API server good enough to drive the store without Neo4j: it opens and commits
/// transactions, tells which papers are stored, counts every <c>$rows</c> row as written (unless
/// told otherwise), and answers the reads with scripted rows. It checks the wire format; the
/// Cypher itself is checked by the linter and by the live contract tests.
/// </summary>
public sealed class FakeNeo4j
{
    private static readonly Dictionary<string, string> NamesByText = CypherResources.All()
        .Select(f => (f.Text, f.Name))
        .Concat(CypherResources.SchemaStatements().Select(s => (Text: s, Name: "schema")))
        .DistinctBy(f => f.Text)
        .ToDictionary(f => f.Text, f => f.Name, StringComparer.Ordinal);

    private readonly List<SentStatement> statements = [];
    private readonly Dictionary<string, List<(string Id, string Hash)>> pendingPapers = new(StringComparer.Ordinal);
    private int transactions;

    public FakeNeo4j() => Handler = new StubHandler((request, _) => Task.FromResult(Answer(request)));

    public StubHandler Handler { get; }

    /// <summary>The content hash of each paper the fake holds, as <c>write/paper_hashes</c> reports it; committed paper writes add to it.</summary>
    public Dictionary<string, string> StoredHashes { get; } = new(StringComparer.Ordinal);

    /// <summary>Rows the read statements answer with, by statement name (<c>read/papers</c>): a list of field name to typed JSON value.</summary>
    public Dictionary<string, List<Dictionary<string, string>>> ReadRows { get; } = new(StringComparer.Ordinal);

    /// <summary>How many rows a write statement reports written, by statement name; by default all of them.</summary>
    public Func<string, int, int> Written { get; set; } = (_, rows) => rows;

    /// <summary>Every statement sent, in order.</summary>
    public IReadOnlyList<SentStatement> Statements
    {
        get
        {
            lock (statements)
                return [.. statements];
        }
    }

    /// <summary>Options pointing at the fake.</summary>
    public static Neo4jOptions Options => Neo4jOptions.Create("http://neo4j.test:7474", "neo4j", "secret", "neo4j") with { RetryDelay = TimeSpan.FromMilliseconds(1) };

    /// <summary>A typed JSON string value.</summary>
    public static string Str(string? value) => value is null ? """{"$type":"Null","_value":null}""" : JsonSerializer.Serialize(new Dictionary<string, string> { ["$type"] = "String", ["_value"] = value });

    /// <summary>A typed JSON integer value.</summary>
    public static string Int(long value) => $$"""{"$type":"Integer","_value":"{{value.ToString(CultureInfo.InvariantCulture)}}"}""";

    private HttpResponseMessage Answer(SentRequest request)
    {
        var path = request.Uri.AbsolutePath;
        if (request.Method == HttpMethod.Delete)
        {
            lock (pendingPapers)
                pendingPapers.Remove(path[(path.LastIndexOf('/') + 1)..]);
            return StubHandler.Json(HttpStatusCode.OK, "{}");
        }

        if (path.EndsWith("/commit", StringComparison.Ordinal))
        {
            Commit(path.Split('/')[^2]);
            return StubHandler.Json(HttpStatusCode.OK, """{"data":{"fields":[],"values":[]}}""");
        }

        if (path.EndsWith("/tx", StringComparison.Ordinal))
        {
            var id = "tx" + Interlocked.Increment(ref transactions).ToString(CultureInfo.InvariantCulture);
            return StubHandler.Json(HttpStatusCode.Accepted, "{\"data\":{\"fields\":[],\"values\":[]},\"transaction\":{\"id\":\"" + id + "\",\"expires\":\"2030-01-01T00:00:00Z\"}}");
        }

        using var body = JsonDocument.Parse(request.Body);
        var text = body.RootElement.GetProperty("statement").GetString()!;
        var parameters = body.RootElement.GetProperty("parameters").EnumerateObject().ToDictionary(p => p.Name, p => TypedJson.Read(p.Value), StringComparer.Ordinal);
        var name = NamesByText.TryGetValue(text, out var known) ? known : "unknown";
        var transaction = path.Contains("/tx/", StringComparison.Ordinal) ? path[(path.LastIndexOf('/') + 1)..] : null;
        lock (statements)
            statements.Add(new SentStatement(name, text, parameters, transaction));
        if (name == "write/papers_merge" && transaction is not null)
        {
            lock (pendingPapers)
            {
                if (!pendingPapers.TryGetValue(transaction, out var pending))
                    pendingPapers[transaction] = pending = [];
                pending.AddRange(((List<object?>)parameters["rows"]!).Cast<Dictionary<string, object?>>().Select(row => ((string)row["id"]!, (string)row["contentHash"]!)));
            }
        }

        if (name == "write/paper_hashes")
        {
            var ids = ((List<object?>)parameters["ids"]!).Cast<string>();
            return Data(["id", "contentHash"], [.. ids.Where(StoredHashes.ContainsKey).Select(id => new[] { Str(id), Str(StoredHashes[id]) })]);
        }

        if (parameters.TryGetValue("rows", out var rows) || parameters.TryGetValue("ids", out rows))
            return Data(["written"], [[Int(Written(name, ((List<object?>)rows!).Count))]]);
        if (ReadRows.TryGetValue(name, out var scripted))
        {
            var fields = scripted.Count > 0 ? scripted[0].Keys.ToList() : [];
            return Data(fields, [.. scripted.Select(row => fields.Select(f => row[f]).ToArray())]);
        }

        return Data([], []);
    }

    private void Commit(string transaction)
    {
        lock (pendingPapers)
        {
            if (!pendingPapers.Remove(transaction, out var papers))
                return;
            foreach (var (id, hash) in papers)
                StoredHashes[id] = hash;
        }
    }

    private static HttpResponseMessage Data(IReadOnlyList<string> fields, IReadOnlyList<string[]> rows) =>
        StubHandler.Json(HttpStatusCode.Accepted,
            $$"""{"data":{"fields":{{JsonSerializer.Serialize(fields)}},"values":[{{string.Join(",", rows.Select(r => "[" + string.Join(",", r) + "]"))}}]},"bookmarks":["FB:test"]}""");
}
