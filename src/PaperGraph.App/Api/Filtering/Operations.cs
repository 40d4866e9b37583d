using System.Globalization;

namespace PaperGraph.App.Api.Filtering;

/// <summary>The operators of HotChocolate.Data's operation filter inputs, over in-memory values.</summary>
internal static class Operations
{
    /// <summary>eq, neq, in, nin, contains, ncontains, startsWith, nstartsWith, endsWith, nendsWith: ordinal, case-sensitive, as HotChocolate compares in memory.</summary>
    public static Func<T, bool> String<T>(IReadOnlyDictionary<string, object?> operations, string path, Func<T, string?> value)
    {
        var tests = operations.Select(o => StringTest(o.Key, o.Value, path + "." + o.Key)).ToList();
        return item =>
        {
            var actual = value(item);
            return tests.TrueForAll(t => t(actual));
        };
    }

    /// <summary>eq, neq, in, nin, gt, ngt, gte, ngte, lt, nlt, lte, nlte; a null value fails every ordering test.</summary>
    public static Func<T, bool> Comparable<T>(IReadOnlyDictionary<string, object?> operations, string path, Func<T, double?> value)
    {
        var tests = operations.Select(o => ComparableTest(o.Key, o.Value, path + "." + o.Key)).ToList();
        return item =>
        {
            var actual = value(item);
            return tests.TrueForAll(t => t(actual));
        };
    }

    /// <summary>eq and neq.</summary>
    public static Func<T, bool> Boolean<T>(IReadOnlyDictionary<string, object?> operations, string path, Func<T, bool> value)
    {
        var tests = operations.Select(o => o.Key switch
        {
            "eq" => (Func<bool, bool>)(actual => o.Value is bool b && actual == b),
            "neq" => actual => o.Value is not bool b || actual != b,
            _ => throw new FilterException($"{path}.{o.Key}: not an operation of BooleanOperationFilterInput"),
        }).ToList();
        return item => tests.TrueForAll(t => t(value(item)));
    }

    /// <summary>some, all and none take the item type's filter; any: true means the list is not empty.</summary>
    public static Func<T, bool> List<T, TItem>(IReadOnlyDictionary<string, object?> operations, string path, Func<T, IEnumerable<TItem>> value, Func<FilterType<TItem>> type)
    {
        var tests = operations.Select(o =>
        {
            var operationPath = path + "." + o.Key;
            if (o.Key == "any")
            {
                return o.Value is bool wanted
                    ? (Func<IEnumerable<TItem>, bool>)(items => items.Any() == wanted)
                    : throw new FilterException($"{operationPath}: expected true or false");
            }

            var predicate = type().Compile(o.Value, operationPath);
            return o.Key switch
            {
                "some" => items => items.Any(predicate),
                "all" => items => items.All(predicate),
                "none" => items => !items.Any(predicate),
                _ => throw new FilterException($"{operationPath}: not a list operation (some, all, none, any)"),
            };
        }).ToList();
        return item =>
        {
            var items = value(item);
            return tests.TrueForAll(t => t(items));
        };
    }

    private static Func<string?, bool> StringTest(string operation, object? operand, string path)
    {
        switch (operation)
        {
            case "eq":
                return actual => string.Equals(actual, operand as string, StringComparison.Ordinal);
            case "neq":
                return actual => !string.Equals(actual, operand as string, StringComparison.Ordinal);
            case "in":
            case "nin":
                var set = StringSet(operand, path);
                var wanted = operation == "in";
                return actual => set.Contains(actual) == wanted;
        }

        var text = operand as string ?? throw new FilterException($"{path}: needs a string, not null");
        Func<string, bool> test = operation switch
        {
            "contains" or "ncontains" => actual => actual.Contains(text, StringComparison.Ordinal),
            "startsWith" or "nstartsWith" => actual => actual.StartsWith(text, StringComparison.Ordinal),
            "endsWith" or "nendsWith" => actual => actual.EndsWith(text, StringComparison.Ordinal),
            _ => throw new FilterException($"{path}: not an operation of StringOperationFilterInput"),
        };
        return operation.StartsWith('n') ? actual => actual is null || !test(actual) : actual => actual is not null && test(actual);
    }

    private static HashSet<string?> StringSet(object? operand, string path) =>
        [.. FilterType<object>.Items(operand, path).Select(v => v as string)];

    private static Func<double?, bool> ComparableTest(string operation, object? operand, string path)
    {
        if (operation is "in" or "nin")
        {
            var set = FilterType<object>.Items(operand, path).Select(Number).ToHashSet();
            var wanted = operation == "in";
            return actual => set.Contains(actual) == wanted;
        }

        var number = Number(operand);
        if (operation is "eq")
            return actual => actual == number;
        if (operation is "neq")
            return actual => actual != number;
        if (number is not { } bound)
            throw new FilterException($"{path}: needs a number, not null");
        Func<double, bool> test = operation.TrimStart('n') switch
        {
            "gt" => actual => actual > bound,
            "gte" => actual => actual >= bound,
            "lt" => actual => actual < bound,
            "lte" => actual => actual <= bound,
            _ => throw new FilterException($"{path}: not a comparable operation"),
        };
        return operation.StartsWith('n') ? actual => actual is not { } a || !test(a) : actual => actual is { } a && test(a);
    }

    private static double? Number(object? operand) => operand switch
    {
        null => null,
        int i => i,
        long l => l,
        double d => d,
        decimal m => (double)m,
        _ => Convert.ToDouble(operand, CultureInfo.InvariantCulture),
    };
}
