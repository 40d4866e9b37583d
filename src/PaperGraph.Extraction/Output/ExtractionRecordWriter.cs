using System.Text.Json;
using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Output;

/// <summary>Writes an extraction as one record of the GUIDELINE.md format.</summary>
public static class ExtractionRecordWriter
{
    /// <summary>Writes the record.</summary>
    public static void Write(Utf8JsonWriter writer, PaperExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(extraction);
        writer.WriteStartObject();
        writer.WriteString("title", extraction.Title);
        writer.WriteEndObject();
    }

    /// <summary>The record as one line of JSON.</summary>
    public static string ToJsonLine(PaperExtraction extraction)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            Write(writer, extraction);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
