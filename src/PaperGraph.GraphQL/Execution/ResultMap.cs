using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PaperGraph.GraphQL.Execution;

/// <summary>An object in the result: values in selection order, keyed by the plans' response keys.</summary>
internal sealed class ResultMap(FieldPlan[] plans, object?[] values) : IReadOnlyDictionary<string, object?>
{
    public FieldPlan[] Plans { get; } = plans;

    public object?[] Values { get; } = values;

    public int Count => Plans.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => Plans.Select(p => p.ResponseKey);

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? Values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Plans.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(Plans[i].ResponseKey, Values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < Plans.Length; i++)
        {
            if (Plans[i].ResponseKey == key)
            {
                return i;
            }
        }
        return -1;
    }
}
