using System.Text.Json;

namespace PaperGraph.Storage.Neo4j.Http;

/// <summary>The Query API's request and answer bodies.</summary>
internal static class QueryApiJson
{
    /// <summary><c>{"statement": ..., "parameters": {...}}</c> with typed parameter values.</summary>
    public static byte[] Request(string statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement);
            writer.WriteStartObject("parameters");
            foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
            {
                writer.WritePropertyName(name);
                TypedJson.Write(writer, value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The <c>data</c> of an answer; an answer without one (an empty commit) has no fields and no rows.</summary>
    public static QueryResult Result(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data))
            return new QueryResult([], []);
        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
        var rows = data.TryGetProperty("values", out var v)
            ? v.EnumerateArray().Select(row => (IReadOnlyList<object?>)[.. row.EnumerateArray().Select(TypedJson.Read)]).ToList()
            : [];
        return new QueryResult(fields, rows);
    }

    /// <summary>The first error of an answer, as Neo4j states it (<c>{"errors": [{"code", "message"}]}</c>).</summary>
    public static (string Code, string Message)? FirstError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
            return null;
        foreach (var error in errors.EnumerateArray())
        {
            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
            return (code ?? "Neo.DatabaseError.General.UnknownError", OneLine(message ?? "no message"));
        }

        return null;
    }

    /// <summary>The id of a transaction just opened (<c>{"transaction": {"id": ...}}</c>).</summary>
    public static string TransactionId(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("transaction", out var transaction) && transaction.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } text
            ? text
            : throw new Neo4jException("Neo.DatabaseError.General.UnknownError", "Neo4j opened a transaction but gave no transaction id");

    /// <summary>Server messages can span lines; the user sees one.</summary>
    public static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
