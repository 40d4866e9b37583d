using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Sources;

/// <summary>The front door to the readers: reads any supported file, telling its format by content.</summary>
public static class PaperSource
{
    /// <summary>Reads one file. Unreadable files and rejected records come back as problems, never as exceptions.</summary>
    public static SourceReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SourceReadResult.Unreadable(path, $"cannot read the file: {e.Message}");
        }

        return ReadBytes(path, bytes);
    }

    /// <summary>Reads content already in memory; <paramref name="name"/> names it in messages.</summary>
    public static SourceReadResult ReadBytes(string name, ReadOnlySpan<byte> bytes)
    {
        if (!SourceText.TryDecode(bytes, out var text, out var problem))
            return SourceReadResult.Unreadable(name, problem!);

        return SourceFormatDetector.Detect(text, name) switch
        {
            SourceFormat.JsonLines => JsonLinesReader.Read(name, text),
            SourceFormat.AtomFeed => AtomFeedReader.Read(name, text),
            _ => DailyDumpReader.Read(name, text),
        };
    }

    /// <summary>Expands directories to the files inside them (sorted, so runs are repeatable).</summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(f => !Path.GetFileName(f).StartsWith('.'))
                             .Order(StringComparer.Ordinal))
                    yield return file;
            }
            else
            {
                yield return path;
            }
        }
    }
}
