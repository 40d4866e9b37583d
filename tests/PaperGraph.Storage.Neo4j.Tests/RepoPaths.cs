namespace PaperGraph.Storage.Neo4j.Tests;

/// <summary>Folders of the repository the tests read: found by walking up from the test binaries to the solution file.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Cypher => Path.Combine(Root, "cypher");

    public static string CypherLint => Path.Combine(Root, "tests", "cypher-lint");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PaperGraph.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("the repository root (PaperGraph.sln) is not above " + AppContext.BaseDirectory);
    }
}
