using System.Collections.ObjectModel;

namespace PaperGraph.Storage.Neo4j.Http;

/// <summary>What one statement returned: the field names and the rows, values already decoded from typed JSON.</summary>
public sealed class QueryResult
{
    private readonly Dictionary<string, int> ordinals;

    /// <summary>Creates a result.</summary>
    public QueryResult(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(rows);
        Fields = fields;
        ordinals = fields.Select((name, index) => (name, index)).ToDictionary(f => f.name, f => f.index, StringComparer.Ordinal);
        Records = new ReadOnlyCollection<QueryRecord>([.. rows.Select(values => new QueryRecord(this, values))]);
    }

    /// <summary>The returned field names, in order.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<QueryRecord> Records { get; }

    internal int Ordinal(string field) =>
        ordinals.TryGetValue(field, out var ordinal) ? ordinal : throw new KeyNotFoundException($"the result has no field '{field}' (it has {string.Join(", ", Fields)})");
}

/// <summary>One row of a <see cref="QueryResult"/>, read by field name.</summary>
public sealed class QueryRecord
{
    private readonly QueryResult result;
    private readonly IReadOnlyList<object?> values;

    internal QueryRecord(QueryResult result, IReadOnlyList<object?> values)
    {
        this.result = result;
        this.values = values;
    }

    /// <summary>The raw value of a field.</summary>
    public object? this[string field] => values[result.Ordinal(field)];

    /// <summary>A string field that must be present.</summary>
    public string String(string field) => NullableString(field) ?? throw Missing(field);

    /// <summary>A string field that may be null.</summary>
    public string? NullableString(string field) => (string?)this[field];

    /// <summary>An integer field that must be present.</summary>
    public long Long(string field) => NullableLong(field) ?? throw Missing(field);

    /// <summary>An integer field that may be null.</summary>
    public long? NullableLong(string field) => this[field] switch
    {
        null => null,
        long value => value,
        double value when value == Math.Floor(value) => (long)value,
        var other => throw new InvalidCastException($"field '{field}' holds {other.GetType().Name}, not an integer"),
    };

    /// <summary>A number field that must be present (an integer is widened).</summary>
    public double Double(string field) => this[field] switch
    {
        double value => value,
        long value => value,
        null => throw Missing(field),
        var other => throw new InvalidCastException($"field '{field}' holds {other.GetType().Name}, not a number"),
    };

    /// <summary>A boolean field; null reads as false.</summary>
    public bool Boolean(string field) => this[field] is true;

    /// <summary>A list of strings; null reads as empty.</summary>
    public IReadOnlyList<string> Strings(string field) => this[field] is IEnumerable<object?> list ? [.. list.Cast<string>()] : [];

    /// <summary>A list of integers; null reads as empty.</summary>
    public IReadOnlyList<long> Longs(string field) => this[field] is IEnumerable<object?> list ? [.. list.Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture))] : [];

    private static InvalidCastException Missing(string field) => new($"field '{field}' is null");
}
