using System.CommandLine;
using PaperGraph.App.Server;

namespace PaperGraph.App.Cli;

/// <summary><c>papergraph serve [--db FILE] [--port N] [--host ADDRESS]</c>: the HTTP server over the embedded store.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Database();
        var port = new Option<int>("--port") { Description = "TCP port.", DefaultValueFactory = _ => 5170 };
        var host = new Option<string>("--host") { Description = "Address to bind (default loopback only).", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Serve the graph over HTTP; ingests the bundled sample corpus on first start.") { db, port, host };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var app = PaperGraphServer.Build(new Dictionary<string, string?>
            {
                [$"{ServerOptions.Section}:Database"] = parse.GetValue(db),
                [$"{ServerOptions.Section}:Port"] = parse.GetValue(port).ToString(System.Globalization.CultureInfo.InvariantCulture),
                [$"{ServerOptions.Section}:Host"] = parse.GetValue(host),
            });
            await using (app.ConfigureAwait(false))
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                var url = app.Urls.First();
                console.Out.WriteLine($"PaperGraph is serving {parse.GetValue(db)} at {url}");
                console.Out.WriteLine($"  GraphQL playground: {url}/graphql   health: {url}/health   tables: {url}/tables/comparison");
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
