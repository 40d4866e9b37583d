using System.CommandLine;
using PaperGraph.App.Stores;
using PaperGraph.Graph.Model;

namespace PaperGraph.App.Cli;

/// <summary><c>papergraph push --to neo4j [--db FILE]</c>: copies the embedded store into Neo4j, with the same idempotency as an ingest.</summary>
internal static class PushCommand
{
    private const int BatchSize = 256;

    public static Command Create(CliConsole console)
    {
        var to = new Option<string>("--to") { Description = "The store to copy into: neo4j (the embedded store is the source).", Required = true, HelpName = "neo4j" };
        to.AcceptOnlyFromAmong(StoreSelection.Neo4j);
        var db = CommonOptions.Database();
        var store = new StoreOptions();
        var command = new Command("push", "Copy the embedded store into Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).") { to, db };
        store.AddTo(command, withStore: false);
        command.SetAction((parse, cancellationToken) =>
            RunAsync(console, parse.GetValue(db)!, store.Select(parse, parse.GetValue(db)!, StoreSelection.Neo4j), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string db, StoreSelection target, CancellationToken cancellationToken)
    {
        var where = GraphStoreFactory.Describe(target);
        GraphSnapshot snapshot;
        await using (var source = await CommonOptions.OpenExistingStoreAsync(db, cancellationToken).ConfigureAwait(false))
            snapshot = await source.LoadAsync(cancellationToken).ConfigureAwait(false);

        await using var destination = GraphStoreFactory.Create(target);
        await destination.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<UpsertOutcome, int> { [UpsertOutcome.New] = 0, [UpsertOutcome.Updated] = 0, [UpsertOutcome.Unchanged] = 0 };
        foreach (var batch in SnapshotFragments.Split(snapshot).Chunk(BatchSize))
        {
            foreach (var outcome in await destination.UpsertAsync(batch, cancellationToken).ConfigureAwait(false))
                counts[outcome]++;
            console.Error.WriteLine($"progress: {counts.Values.Sum()}/{snapshot.Papers.Count} papers");
        }

        console.Out.WriteLine($"pushed {db} into {where}");
        console.Out.WriteLine($"  papers:        {counts[UpsertOutcome.New]} new, {counts[UpsertOutcome.Updated]} updated, {counts[UpsertOutcome.Unchanged]} unchanged");
        console.Out.WriteLine($"  entities:      {snapshot.Entities.Count}");
        console.Out.WriteLine($"  relations:     {snapshot.Relationships.Count}");
        return ExitCodes.Ok;
    }
}
