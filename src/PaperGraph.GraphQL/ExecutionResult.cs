using System.Text.Json;
using PaperGraph.GraphQL.Execution;

namespace PaperGraph.GraphQL;

/// <summary>The response of a request: data and errors, written as JSON in selection order.</summary>
public sealed class ExecutionResult
{
    private ExecutionResult(object? data, IReadOnlyList<GraphQLError> errors, bool hasData)
    {
        Data = data;
        Errors = errors;
        HasData = hasData;
    }

    /// <summary>The data: a map in selection order, or null when a non-null root field failed.</summary>
    public object? Data { get; }

    /// <summary>The errors, empty when there were none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>False for request errors (syntax, validation, variables) where execution never started.</summary>
    public bool HasData { get; }

    /// <summary>A result of an execution that started.</summary>
    public static ExecutionResult FromData(object? data, IReadOnlyList<GraphQLError> errors) => new(data, errors, true);

    /// <summary>A result of a request that could not start executing.</summary>
    public static ExecutionResult FromRequestErrors(IReadOnlyList<GraphQLError> errors) => new(null, errors, false);

    /// <summary>Writes the response object: <c>errors</c> (when any) then <c>data</c> (when execution started).</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            ResultWriter.WriteErrors(writer, Errors);
        }
        if (HasData)
        {
            writer.WritePropertyName("data");
            ResultWriter.WriteValue(writer, Data);
        }
        writer.WriteEndObject();
    }

    /// <summary>The response as a JSON string.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteTo(writer);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
