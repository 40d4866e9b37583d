namespace PaperGraph.Extraction.Lexicons;

/// <summary>One data row of a lexicon file with where it came from, so every problem can be located.</summary>
internal sealed class TsvRow(string file, int line, string[] fields)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    /// <summary>The trimmed field at 1-based <paramref name="number"/>, empty when the row is shorter.</summary>
    public string this[int number] => number <= fields.Length ? fields[number - 1].Trim() : string.Empty;

    public LexiconException Error(int field, string problem) => new(File, Line, field, problem);

    /// <summary>Reads the data rows of a TSV text: blank lines and lines starting with '#' are skipped.</summary>
    public static IEnumerable<TsvRow> Read(string file, TextReader reader, int maxFields)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.TrimStart().StartsWith('#') || string.IsNullOrWhiteSpace(line))
                continue;
            var fields = line.Split('\t');
            var row = new TsvRow(file, number, fields);
            if (fields.Length > maxFields)
                throw row.Error(maxFields + 1, $"too many fields: expected at most {maxFields}, found {fields.Length}");
            if (row[1].Length == 0)
                throw row.Error(1, "the name is empty");
            yield return row;
        }
    }
}
