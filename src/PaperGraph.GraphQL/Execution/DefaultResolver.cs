using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace PaperGraph.GraphQL.Execution;

/// <summary>Resolves a field with no bound resolver: a dictionary key, else a public property or field matched case-insensitively.</summary>
internal static class DefaultResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Accessors = new();

    public static object? Resolve(object? source, FieldPlan plan)
    {
        if (source is null)
        {
            return null;
        }
        if (plan.TryGetCachedAccessor(source.GetType(), out var cached))
        {
            return cached(source);
        }
        switch (source)
        {
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

    /// <summary>Compiles <c>source => (object)((T)source).Member</c> once per type and member, so reads cost no reflection.</summary>
    private static Func<object, object?>? Create(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        var property = type.GetProperties(flags).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.GetIndexParameters().Length == 0 && p.CanRead);
        MemberInfo? member = property;
        member ??= type.GetField(name, flags);
        if (member is null)
        {
            return null;
        }
        var source = Expression.Parameter(typeof(object), "source");
        var access = Expression.MakeMemberAccess(Expression.Convert(source, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), source).Compile();
    }
}
