namespace PaperGraph.App.Api.Filtering;

/// <summary>
/// The <c>where</c> input of one object type, as HotChocolate.Data shapes it: each field of the
/// input filters one property; fields side by side, and <c>and</c> lists, must all hold;
/// <c>or</c> lists need one to hold. The input arrives already coerced by the GraphQL engine as
/// dictionaries, lists and scalars; <see cref="Compile"/> turns it into a predicate.
/// </summary>
internal sealed class FilterType<T>(string name)
{
    private readonly Dictionary<string, Func<object?, string, Func<T, bool>>> fields = new(StringComparer.Ordinal);

    /// <summary>The input type's name in the schema (for example <c>ModelFilterInput</c>).</summary>
    public string Name { get; } = name;

    /// <summary>A string property filtered with <c>StringOperationFilterInput</c>.</summary>
    public FilterType<T> String(string field, Func<T, string?> value)
    {
        fields[field] = (input, path) => Operations.String(Input(input, path), path, value);
        return this;
    }

    /// <summary>A numeric property filtered with a comparable operation input (Int, Long, Float, TokenCount).</summary>
    public FilterType<T> Comparable(string field, Func<T, double?> value)
    {
        fields[field] = (input, path) => Operations.Comparable(Input(input, path), path, value);
        return this;
    }

    /// <summary>A boolean property filtered with <c>BooleanOperationFilterInput</c>.</summary>
    public FilterType<T> Boolean(string field, Func<T, bool> value)
    {
        fields[field] = (input, path) => Operations.Boolean(Input(input, path), path, value);
        return this;
    }

    /// <summary>A related object filtered with its own filter type; a missing object never matches.</summary>
    public FilterType<T> Object<TOther>(string field, Func<T, TOther?> value, Func<FilterType<TOther>> type)
        where TOther : class
    {
        fields[field] = (input, path) =>
        {
            var predicate = type().Compile(Input(input, path), path);
            return item => value(item) is { } other && predicate(other);
        };
        return this;
    }

    /// <summary>A related list filtered with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>.</summary>
    public FilterType<T> List<TItem>(string field, Func<T, IEnumerable<TItem>> value, Func<FilterType<TItem>> type)
    {
        fields[field] = (input, path) => Operations.List(Input(input, path), path, value, type);
        return this;
    }

    /// <summary>A list of strings filtered with <c>ListStringOperationFilterInput</c>.</summary>
    public FilterType<T> StringList(string field, Func<T, IEnumerable<string>> value)
    {
        fields[field] = (input, path) => Operations.ScalarList<T, string>(Input(input, path), path, value, (operations, itemPath) => Operations.String<string>(operations, itemPath, s => s));
        return this;
    }

    /// <summary>A list of numbers filtered with a list of comparable operation inputs.</summary>
    public FilterType<T> ComparableList(string field, Func<T, IEnumerable<double>> value)
    {
        fields[field] = (input, path) => Operations.ScalarList<T, double>(Input(input, path), path, value, (operations, itemPath) => Operations.Comparable<double>(operations, itemPath, d => d));
        return this;
    }

    /// <summary>A field with its own meaning, such as the alias-aware <c>named</c>.</summary>
    public FilterType<T> Custom(string field, Func<object?, Func<T, bool>> build)
    {
        fields[field] = (input, _) => build(input);
        return this;
    }

    /// <summary>The predicate of a <c>where</c> value; null means no filter.</summary>
    public Func<T, bool> Compile(object? where, string path = "where")
    {
        if (where is null)
            return static _ => true;
        var predicates = new List<Func<T, bool>>();
        foreach (var (field, value) in Input(where, path))
        {
            var fieldPath = path + "." + field;
            switch (field)
            {
                case "and":
                    predicates.Add(All(Items(value, fieldPath).Select((v, i) => Compile(v, $"{fieldPath}[{i}]")).ToList()));
                    break;
                case "or":
                    var any = Items(value, fieldPath).Select((v, i) => Compile(v, $"{fieldPath}[{i}]")).ToList();
                    predicates.Add(item => any.Any(p => p(item)));
                    break;
                default:
                    if (!fields.TryGetValue(field, out var build))
                        throw new FilterException($"{fieldPath}: {Name} has no field '{field}'");
                    predicates.Add(build(value, fieldPath));
                    break;
            }
        }

        return All(predicates);
    }

    private static Func<T, bool> All(List<Func<T, bool>> predicates) => predicates.Count switch
    {
        0 => static _ => true,
        1 => predicates[0],
        _ => item => predicates.TrueForAll(p => p(item)),
    };

    internal static IReadOnlyDictionary<string, object?> Input(object? value, string path) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new FilterException($"{path}: expected an input object");

    internal static IEnumerable<object?> Items(object? value, string path) =>
        value as IEnumerable<object?> ?? throw new FilterException($"{path}: expected a list");
}
