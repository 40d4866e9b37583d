using System.CommandLine;
using PaperGraph.App.Server;
using PaperGraph.App.Stores;

namespace PaperGraph.App.Cli;

/// <summary><c>papergraph serve [--db FILE] [--store sqlite|neo4j] [--port N] [--host ADDRESS]</c>: the HTTP server over the embedded store or Neo4j.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var port = new Option<int>("--port") { Description = "TCP port.", DefaultValueFactory = _ => 5170 };
        var host = new Option<string>("--host") { Description = "Address to bind (default loopback only).", DefaultValueFactory = _ => "127.0.0.1" };
        var store = new StoreOptions();
        var command = new Command("serve", "Serve the graph over HTTP; ingests the bundled sample corpus on first start.") { db, port, host };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var selection = store.Select(parse, parse.GetValue(db)!);
            // A bad Neo4j setting stops here, before anything listens.
            var where = GraphStoreFactory.Describe(selection);
            var app = PaperGraphServer.Build(new Dictionary<string, string?>
            {
                [$"{ServerOptions.Section}:Database"] = selection.SqlitePath,
                [$"{ServerOptions.Section}:Store"] = selection.Kind,
                [$"{ServerOptions.Section}:Neo4jUri"] = selection.Neo4jUri,
                [$"{ServerOptions.Section}:Neo4jUser"] = selection.Neo4jUser,
                [$"{ServerOptions.Section}:Neo4jDatabase"] = selection.Neo4jDatabase,
                [$"{ServerOptions.Section}:Port"] = parse.GetValue(port).ToString(System.Globalization.CultureInfo.InvariantCulture),
                [$"{ServerOptions.Section}:Host"] = parse.GetValue(host),
            });
            await using (app.ConfigureAwait(false))
            {
                var holder = app.Services.GetRequiredService<GraphHolder>();
                try
                {
                    await app.StartAsync(cancellationToken).ConfigureAwait(false);
                    var url = app.Urls.First();
                    console.Out.WriteLine($"PaperGraph is serving {where} at {url}");
                    console.Out.WriteLine($"  GraphQL playground: {url}/graphql   health: {url}/health   tables: {url}/tables/comparison");
                    await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (holder.StartFailure is not null)
                {
                    // The store failed while Kestrel was still binding; the failure below says why.
                }

                if (holder.StartFailure is { } failure)
                {
                    console.Error.WriteLine($"papergraph serve: {failure}");
                    return ExitCodes.SomeInputRejected;
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
