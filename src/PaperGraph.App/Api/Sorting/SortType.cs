namespace PaperGraph.App.Api.Sorting;

/// <summary>
/// The <c>order</c> input of one object type, as HotChocolate.Data shapes it:
/// <c>order: [{ name: ASC }, { parameters: DESC }]</c>, applied in list order, with nested
/// objects sorting by their own fields (<c>{ model: { name: ASC } }</c>).
/// </summary>
internal sealed class SortType<T>(string name)
{
    private readonly Dictionary<string, Func<object?, string, IEnumerable<(Func<T, IComparable?> Key, bool Descending)>>> fields = new(StringComparer.Ordinal);

    /// <summary>The input type's name in the schema (for example <c>ModelSortInput</c>).</summary>
    public string Name { get; } = name;

    /// <summary>A field sorted by its value; nulls come first ascending, last descending.</summary>
    public SortType<T> Field(string field, Func<T, IComparable?> key)
    {
        fields[field] = (direction, path) => [(key, Descending(direction, path))];
        return this;
    }

    /// <summary>A related object sorted by its own sort input.</summary>
    public SortType<T> Object<TOther>(string field, Func<T, TOther?> value, Func<SortType<TOther>> type)
        where TOther : class
    {
        fields[field] = (input, path) => type().Keys(input, path).Select(k =>
            ((Func<T, IComparable?>)(item => value(item) is { } other ? k.Key(other) : null), k.Descending));
        return this;
    }

    /// <summary>Sorts <paramref name="items"/> by an <c>order</c> value; null keeps the given order.</summary>
    public IReadOnlyList<T> Apply(IReadOnlyList<T> items, object? order, string path = "order")
    {
        if (order is null)
            return items;
        var keys = (order as IEnumerable<object?> ?? [order]).SelectMany((o, i) => Keys(o, $"{path}[{i}]")).ToList();
        if (keys.Count == 0)
            return items;
        IOrderedEnumerable<T> sorted = keys[0].Descending ? items.OrderByDescending(keys[0].Key, NullFirst.Instance) : items.OrderBy(keys[0].Key, NullFirst.Instance);
        foreach (var (key, descending) in keys.Skip(1))
            sorted = descending ? sorted.ThenByDescending(key, NullFirst.Instance) : sorted.ThenBy(key, NullFirst.Instance);
        return [.. sorted];
    }

    private IEnumerable<(Func<T, IComparable?> Key, bool Descending)> Keys(object? input, string path)
    {
        var fieldsGiven = input as IReadOnlyDictionary<string, object?> ?? throw new SortException($"{path}: expected an input object");
        foreach (var (field, value) in fieldsGiven)
        {
            if (!fields.TryGetValue(field, out var keys))
                throw new SortException($"{path}.{field}: {Name} has no field '{field}'");
            foreach (var key in keys(value, path + "." + field))
                yield return key;
        }
    }

    private static bool Descending(object? direction, string path) => direction switch
    {
        "ASC" => false,
        "DESC" => true,
        _ => throw new SortException($"{path}: expected ASC or DESC"),
    };

    /// <summary>Orders values of mixed nullability without throwing: null sorts before any value.</summary>
    private sealed class NullFirst : IComparer<IComparable?>
    {
        public static readonly NullFirst Instance = new();

        public int Compare(IComparable? x, IComparable? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (string a, string b) => StringComparer.OrdinalIgnoreCase.Compare(a, b),
            _ => x.CompareTo(y),
        };
    }
}

/// <summary>An <c>order</c> argument that cannot be applied; the message names the path of the bad field.</summary>
internal sealed class SortException : Exception
{
    public SortException(string message)
        : base(message)
    {
    }

    public SortException()
    {
    }

    public SortException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
