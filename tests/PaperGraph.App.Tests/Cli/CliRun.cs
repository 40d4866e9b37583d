using PaperGraph.App.Cli;

namespace PaperGraph.App.Tests.Cli;

/// <summary>Runs the real command line in-process and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await PaperGraphCli.RunAsync(args, new CliConsole(output, error, IsInteractive: false));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

/// <summary>A temp folder for one test's files, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("papergraph-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
