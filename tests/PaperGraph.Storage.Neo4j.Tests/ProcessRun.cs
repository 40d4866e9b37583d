using System.Diagnostics;

namespace PaperGraph.Storage.Neo4j.Tests;

/// <summary>Runs a program to its end and keeps what it printed.</summary>
internal sealed record ProcessRun(int ExitCode, string Output)
{
    /// <summary>True when <paramref name="program"/> can be found on the PATH.</summary>
    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, program)));

    public static Task<ProcessRun> RunAsync(string program, string workingDirectory, params string[] arguments) =>
        RunAsync(program, workingDirectory, [], arguments);

    /// <summary>Runs with some environment variables set (or, with a null value, removed).</summary>
    public static async Task<ProcessRun> RunAsync(string program, string workingDirectory, IReadOnlyList<(string Name, string? Value)> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }

        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new ProcessRun(process.ExitCode, await output + await error);
    }
}
