namespace PaperGraph.App.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, errors and progress to <see cref="Error"/>.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsInteractive)
{
    /// <summary>The process's own console.</summary>
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsErrorRedirected && !Console.IsOutputRedirected);
}
