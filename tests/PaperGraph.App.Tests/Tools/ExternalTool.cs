namespace PaperGraph.App.Tests.Tools;

/// <summary>Finds programs the tests drive from outside .NET (node, chromium, chromedriver).</summary>
internal static class ExternalTool
{
    /// <summary>The full path of the first executable named <paramref name="name"/> on PATH, or null.</summary>
    public static string? OnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
                return candidate;
        }

        return null;
    }

    /// <summary>The first of <paramref name="paths"/> that exists, or the same name found on PATH, or null.</summary>
    public static string? AtOrOnPath(params string[] paths)
        => paths.FirstOrDefault(File.Exists) ?? paths.Select(p => OnPath(Path.GetFileName(p))).FirstOrDefault(p => p is not null);
}
