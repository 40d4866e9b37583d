using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace PaperGraph.GraphQL.Execution;

/// <summary>Resolves a field with no bound resolver: a dictionary key, else a public property or field matched case-insensitively.</summary>
internal static class DefaultResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Accessors = new();

    public static object? Resolve(object? source, FieldPlan plan)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(plan.Field.Name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(plan.Field.Name, out var item) ? item : null;
            case IDictionary untyped:
                return untyped.Contains(plan.Field.Name) ? untyped[plan.Field.Name] : null;
            default:
                var accessor = plan.GetAccessor(source.GetType());
                return accessor?.Invoke(source);
        }
    }

    public static Func<object, object?>? GetAccessor(Type type, string name) =>
        Accessors.GetOrAdd((type, name), static key => Create(key.Item1, key.Item2));

    private static Func<object, object?>? Create(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        var property = type.GetProperty(name, flags);
        if (property is not null && property.GetIndexParameters().Length == 0 && property.CanRead)
        {
            return property.GetValue;
        }
        var field = type.GetField(name, flags);
        return field is null ? null : field.GetValue;
    }
}
