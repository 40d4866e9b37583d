namespace PaperGraph.Extraction.Tests;

/// <summary>Finds files of the repository (the folder holding PaperGraph.sln) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleCorpus => Path.Combine(Root, "samples", "corpus");

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperGraph.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("PaperGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
