namespace PaperGraph.App.Cli;

/// <summary>A command line or input that cannot be used at all: reported in one line, exit code 2.</summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException()
    {
    }

    public CliUsageException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
