using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Output;

/// <summary>
/// Writes a <see cref="PaperExtraction"/> as one JSON record in the format of gold/GUIDELINE.md,
/// with each fact's evidence (field, span, sentence, rule) as an extra field.
/// </summary>
public static class ExtractionRecordWriter
{
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The record as a single line of JSON without a line break.</summary>
    public static string ToJsonLine(PaperExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, LineOptions))
            Write(writer, extraction);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the record as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, PaperExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(extraction);
        writer.WriteStartObject();
        writer.WriteString("title", extraction.Title);
        WriteEntities(writer, "models", extraction.OfKind(EntityKind.Model), withModelFacts: true);
        WriteEntities(writer, "benchmarks", extraction.OfKind(EntityKind.Benchmark), withModelFacts: false);
        WriteEntities(writer, "datasets", extraction.OfKind(EntityKind.Dataset), withModelFacts: false);
        WriteEntities(writer, "methods", extraction.OfKind(EntityKind.Method), withModelFacts: false);

        writer.WriteStartArray("contextLengths");
        foreach (var length in extraction.ContextLengths)
        {
            writer.WriteStartObject();
            writer.WriteString("text", length.Text);
            writer.WriteNumber("tokens", length.Tokens);
            WriteNullableString(writer, "subject", length.Subject);
            WriteEvidence(writer, length.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("repos");
        foreach (var repo in extraction.Repos)
            writer.WriteStringValue(repo.Name);
        writer.WriteEndArray();
        writer.WriteStartArray("repoEvidence");
        foreach (var repo in extraction.Repos)
        {
            writer.WriteStartObject();
            writer.WriteString("name", repo.Name);
            WriteEvidence(writer, repo.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("results");
        foreach (var result in extraction.Results)
        {
            writer.WriteStartObject();
            writer.WriteNumber("value", result.Value);
            WriteNullableString(writer, "unit", result.Unit);
            WriteNullableString(writer, "metric", result.Metric);
            WriteNullableString(writer, "benchmark", result.Benchmark);
            WriteNullableString(writer, "model", result.Model);
            writer.WriteString("text", result.Text);
            WriteEvidence(writer, result.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("evaluations");
        foreach (var evaluation in extraction.Evaluations)
        {
            writer.WriteStartObject();
            writer.WriteString("model", evaluation.Model);
            writer.WriteString("benchmark", evaluation.Benchmark);
            writer.WriteStartArray("contextLengths");
            foreach (var tokens in evaluation.ContextLengths)
                writer.WriteNumberValue(tokens);
            writer.WriteEndArray();
            WriteEvidence(writer, evaluation.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter writer, string property, IEnumerable<EntityMention> entities, bool withModelFacts)
    {
        writer.WriteStartArray(property);
        foreach (var entity in entities)
        {
            writer.WriteStartObject();
            writer.WriteString("name", entity.Name);
            writer.WriteStartArray("aliases");
            foreach (var alias in entity.Aliases)
                writer.WriteStringValue(alias);
            writer.WriteEndArray();
            writer.WriteBoolean("introduced", entity.Introduced);
            if (entity.IntroducedRule is not null)
                writer.WriteString("introducedRule", entity.IntroducedRule);
            if (withModelFacts)
            {
                WriteNullableNumber(writer, "params", entity.Params);
                WriteNullableNumber(writer, "contextWindow", entity.ContextWindow);
            }

            if (entity.CanonicalName is not null)
                writer.WriteString("canonicalName", entity.CanonicalName);
            writer.WriteStartArray("evidence");
            foreach (var evidence in entity.Evidence)
                WriteEvidenceObject(writer, evidence);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WritePropertyName("evidence");
        WriteEvidenceObject(writer, evidence);
    }

    private static void WriteEvidenceObject(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WriteStartObject();
        writer.WriteString("field", evidence.Field == TextField.Title ? "title" : "abstract");
        writer.WriteNumber("start", evidence.Start);
        writer.WriteNumber("end", evidence.End);
        writer.WriteString("sentence", evidence.Sentence);
        writer.WriteString("rule", evidence.Rule);
        writer.WriteEndObject();
    }

    private static void WriteNullableString(Utf8JsonWriter writer, string property, string? value)
    {
        if (value is null)
            writer.WriteNull(property);
        else
            writer.WriteString(property, value);
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, string property, long? value)
    {
        if (value is null)
            writer.WriteNull(property);
        else
            writer.WriteNumber(property, value.Value);
    }
}
