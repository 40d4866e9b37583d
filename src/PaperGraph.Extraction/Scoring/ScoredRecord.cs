using System.Text.Json;

namespace PaperGraph.Extraction.Scoring;

/// <summary>One record of a gold or predicted JSONL file, read as score.py reads it.</summary>
internal sealed class ScoredRecord(string title, JsonElement root)
{
    private static readonly string[] Lists = ["models", "benchmarks", "datasets", "methods", "contextLengths", "repos", "results", "evaluations"];

    public string Title { get; } = title;

    /// <summary>The items of a list field; none when the field is absent.</summary>
    public IEnumerable<JsonElement> Items(string field) =>
        root.TryGetProperty(field, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];

    /// <summary>Reads every non-blank line of a JSONL file; a malformed line throws with its file and line.</summary>
    public static List<ScoredRecord> Load(string path)
    {
        var records = new List<ScoredRecord>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            records.Add(Parse(line, $"{path}:{number}"));
        }

        return records;
    }

    /// <summary>Parses one record; <paramref name="where"/> locates it in messages.</summary>
    public static ScoredRecord Parse(string json, string where)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new FormatException($"{where}: not JSON: {e.Message}", e);
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("title", out var title) || Text(title).Length == 0)
            throw new FormatException($"{where}: a record needs a title");
        foreach (var list in Lists)
        {
            if (root.TryGetProperty(list, out var value) && value.ValueKind != JsonValueKind.Array)
                throw new FormatException($"{where}: '{list}' must be a list");
        }

        return new ScoredRecord(Text(title), root);
    }

    /// <summary>A value as Python's str(v or "") would print it, for names.</summary>
    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "True",
        _ => string.Empty,
    };

    /// <summary>A property of an object item, or an undefined element.</summary>
    public static JsonElement Get(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) ? value : default;

    /// <summary>Python truthiness of a JSON value.</summary>
    public static bool Truthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Number => value.GetDouble() != 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.Object => value.EnumerateObject().Any(),
        _ => false,
    };
}
