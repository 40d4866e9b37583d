using System.Text.Json;
using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Sources;

/// <summary>
/// Reads JSON Lines: one object per line with <c>title</c> and <c>abstract</c>, and optional
/// <c>id</c>, <c>url</c>, <c>date</c> and <c>authors</c>. A bad line is rejected with its
/// line number and the field at fault; the other lines are still read.
/// </summary>
internal static class JsonLinesReader
{
    public static SourceReadResult Read(string file, string text)
    {
        var papers = new List<Paper>();
        var problems = new List<SourceProblem>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            var location = new SourceLocation(file, i + 1);
            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                if (ToPaper(document.RootElement, location, out var error) is { } paper)
                    papers.Add(paper);
                else
                    problems.Add(new SourceProblem(location, error!));
            }
            catch (JsonException e)
            {
                problems.Add(new SourceProblem(location, $"not a JSON object: {e.Message}"));
            }
        }

        return new SourceReadResult(SourceFormat.JsonLines, papers, problems);
    }

    private static Paper? ToPaper(JsonElement record, SourceLocation location, out string? error)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            error = $"expected a JSON object, found {record.ValueKind}";
            return null;
        }

        var title = RequiredText(record, "title", out error);
        var summary = error is null ? RequiredText(record, "abstract", out error) : null;
        var id = error is null ? OptionalText(record, "id", out error) : null;
        var url = error is null ? OptionalText(record, "url", out error) : null;
        var date = error is null ? OptionalText(record, "date", out error) : null;
        var authors = error is null ? Authors(record, out error) : [];
        if (error is not null)
            return null;

        return new Paper(title!, summary!)
        {
            ArxivId = ArxivId.Find(id) ?? ArxivId.Find(url),
            Url = url,
            Date = date,
            Authors = authors,
            Origin = location,
        };
    }

    private static string? RequiredText(JsonElement record, string field, out string? error)
    {
        if (!record.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            error = $"field '{field}' is missing";
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        error = text switch
        {
            null => $"field '{field}' must be a string, found {value.ValueKind}",
            "" => $"field '{field}' is empty",
            _ => null,
        };
        return text;
    }

    private static string? OptionalText(JsonElement record, string field, out string? error)
    {
        error = null;
        if (!record.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                return value.GetRawText();
            default:
                error = $"field '{field}' must be a string, found {value.ValueKind}";
                return null;
        }
    }

    private static List<string> Authors(JsonElement record, out string? error)
    {
        error = null;
        if (!record.TryGetProperty("authors", out var value) || value.ValueKind == JsonValueKind.Null)
            return [];
        if (value.ValueKind == JsonValueKind.String)
            return [.. value.GetString()!.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        if (value.ValueKind != JsonValueKind.Array)
        {
            error = $"field 'authors' must be a list of names, found {value.ValueKind}";
            return [];
        }

        var authors = new List<string>();
        var index = 0;
        foreach (var author in value.EnumerateArray())
        {
            var name = author.ValueKind switch
            {
                JsonValueKind.String => author.GetString(),
                JsonValueKind.Object when author.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            };
            if (name is null)
            {
                error = $"field 'authors[{index}]' must be a name string";
                return [];
            }

            authors.Add(name);
            index++;
        }

        return authors;
    }
}
