using System.Globalization;

namespace PaperGraph.App.Api.Filtering;

/// <summary>The operators of HotChocolate.Data's operation filter inputs, over in-memory values.</summary>
internal static class Operations
{
    /// <summary>eq, neq, in, nin, contains, ncontains, startsWith, nstartsWith, endsWith, nendsWith: ordinal, case-sensitive, as HotChocolate compares in memory.</summary>
    public static Func<T, bool> String<T>(IReadOnlyDictionary<string, object?> operations, string path, Func<T, string?> value)
    {
        var test = Combined<string?>(operations, path, StringTest);
        return item => test(value(item));
    }

    /// <summary>eq, neq, in, nin, gt, ngt, gte, ngte, lt, nlt, lte, nlte; a null value fails every ordering test.</summary>
    public static Func<T, bool> Comparable<T>(IReadOnlyDictionary<string, object?> operations, string path, Func<T, double?> value)
    {
        var test = Combined<double?>(operations, path, ComparableTest);
        return item => test(value(item));
    }

    /// <summary>
    /// A list of scalars (<c>ListStringOperationFilterInput</c> and the like): some, all and none
    /// take the item's operation input; any: true means the list is not empty.
    /// </summary>
    public static Func<T, bool> ScalarList<T, TItem>(IReadOnlyDictionary<string, object?> operations, string path, Func<T, IEnumerable<TItem>> value, Func<IReadOnlyDictionary<string, object?>, string, Func<TItem, bool>> itemTest)
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

            var predicate = itemTest(FilterType<object>.Input(o.Value, operationPath), operationPath);
            return ListTest(o.Key, predicate, operationPath);
        }).ToList();
        return item =>
        {
            var items = value(item);
            return tests.TrueForAll(t => t(items));
        };
    }

    /// <summary>The operations of one operation input, all of which must hold; <c>and</c> and <c>or</c> nest further inputs of the same type.</summary>
    private static Func<TValue, bool> Combined<TValue>(IReadOnlyDictionary<string, object?> operations, string path, Func<string, object?, string, Func<TValue, bool>> test)
    {
        var tests = operations.Select(o =>
        {
            var operationPath = path + "." + o.Key;
            if (o.Key is not ("and" or "or"))
                return test(o.Key, o.Value, operationPath);
            var parts = FilterType<object>.Items(o.Value, operationPath)
                .Select((v, i) => Combined(FilterType<object>.Input(v, $"{operationPath}[{i}]"), $"{operationPath}[{i}]", test))
                .ToList();
            return o.Key == "and"
                ? actual => parts.TrueForAll(p => p(actual))
                : (Func<TValue, bool>)(actual => parts.Exists(p => p(actual)));
        }).ToList();
        return actual => tests.TrueForAll(t => t(actual));
    }

    private static Func<IEnumerable<TItem>, bool> ListTest<TItem>(string operation, Func<TItem, bool> predicate, string path) => operation switch
    {
        "some" => items => items.Any(predicate),
        "all" => items => items.All(predicate),
        "none" => items => !items.Any(predicate),
        _ => throw new FilterException($"{path}: not a list operation (some, all, none, any)"),
    };

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
    public static Func<T, bool> List<T, TItem>(IReadOnlyDictionary<string, object?> operations, string path, Func<T, IEnumerable<TItem>> value, Func<FilterType<TItem>> type) =>
        ScalarList(operations, path, value, (input, itemPath) => type().Compile(input, itemPath));

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
