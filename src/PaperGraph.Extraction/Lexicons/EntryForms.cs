namespace PaperGraph.Extraction.Lexicons;

/// <summary>
/// The written forms of one entry row: name, '|'-separated aliases and an optional expansion, each of which
/// may start with '=' to say it matches only with exactly that capitalisation ("=MATH" is not "Math").
/// </summary>
internal sealed record EntryForms(string Name, string[] Aliases, string? Expansion, string[] ExactCase)
{
    /// <summary>The marker that makes a form case-sensitive.</summary>
    public const char ExactCaseMarker = '=';

    /// <summary>Reads the forms of <paramref name="row"/>: name in field 1, aliases and expansion in the given fields.</summary>
    public static EntryForms Read(TsvRow row, int aliasField, int? expansionField)
    {
        var exact = new List<string>();
        var name = Unmark(row, 1, row[1], exact);
        var aliases = row[aliasField].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(alias => Unmark(row, aliasField, alias, exact))
            .ToArray();
        var expansion = expansionField is { } field && row[field].Length > 0 ? Unmark(row, field, row[field], exact) : null;
        return new EntryForms(name, aliases, expansion, [.. exact]);
    }

    private static string Unmark(TsvRow row, int field, string form, List<string> exact)
    {
        if (form[0] != ExactCaseMarker)
            return form;
        var bare = form[1..].Trim();
        if (bare.Length == 0)
            throw row.Error(field, $"'{form}' marks nothing as case-sensitive");
        exact.Add(bare);
        return bare;
    }
}
