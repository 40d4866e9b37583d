using System.CommandLine;
using PaperGraph.Graph;

namespace PaperGraph.App.Cli;

/// <summary>The command line: every command, and the one place that turns failures into exit codes.</summary>
internal static class PaperGraphCli
{
    public static RootCommand Create(CliConsole console) => new("PaperGraph: a queryable map of LLM papers, their models, benchmarks and results.")
    {
        IngestCommand.Create(console),
        ExtractCommand.Create(console),
        EvalCommand.Create(console),
        StatsCommand.Create(console),
        ShowCommand.Create(console),
        FindCommand.Create(console),
        TableCommand.Create(console),
        SynthCommand.Create(console),
        BenchCommand.Create(console),
        ServeCommand.Create(console),
        PushCommand.Create(console),
    };

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var parse = Create(console).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                await console.Error.WriteLineAsync($"papergraph: {error.Message}").ConfigureAwait(false);
            await console.Error.WriteLineAsync("Run 'papergraph --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CliUsageException e)
        {
            await console.Error.WriteLineAsync($"papergraph: {e.Message}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            await console.Error.WriteLineAsync($"papergraph: invalid setting: {e.Message}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (StoreException e)
        {
            await console.Error.WriteLineAsync($"papergraph: {e.Message}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
    }
}
