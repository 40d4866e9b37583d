namespace PaperGraph.App.Cli;

/// <summary>The bundled sample corpus (two daily-paper dumps), copied beside the program at build time.</summary>
internal static class SampleCorpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples", "corpus");

    public static IReadOnlyList<string> Files =>
        Directory.Exists(Folder) ? [.. Directory.EnumerateFiles(Folder).Order(StringComparer.Ordinal)] : [];
}
