namespace PaperGraph.App.Cli;

/// <summary>The process exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>The command ran, but some input was rejected (or a requested item was not found).</summary>
    public const int SomeInputRejected = 1;

    /// <summary>The command line itself was wrong, or an input could not be used at all.</summary>
    public const int UsageError = 2;
}
