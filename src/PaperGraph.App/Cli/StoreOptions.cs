using System.CommandLine;
using PaperGraph.App.Stores;

namespace PaperGraph.App.Cli;

/// <summary>The options that choose a store: <c>--store sqlite|neo4j</c> and the Neo4j address, user and database (the password only from NEO4J_PASSWORD).</summary>
internal sealed class StoreOptions
{
    /// <summary><c>--store</c>: the embedded SQLite file (default) or Neo4j.</summary>
    public Option<string> Store { get; } = StoreKind();

    /// <summary><c>--neo4j-uri</c>, over NEO4J_URI.</summary>
    public Option<string?> Uri { get; } = new("--neo4j-uri") { Description = "Neo4j's HTTP address, e.g. http://localhost:7474 (default: NEO4J_URI).", HelpName = "URI" };

    /// <summary><c>--neo4j-user</c>, over NEO4J_USER.</summary>
    public Option<string?> User { get; } = new("--neo4j-user") { Description = "The Neo4j user (default: NEO4J_USER, else neo4j); the password is read from NEO4J_PASSWORD only.", HelpName = "USER" };

    /// <summary><c>--neo4j-database</c>, over NEO4J_DATABASE.</summary>
    public Option<string?> Database { get; } = new("--neo4j-database") { Description = "The Neo4j database (default: NEO4J_DATABASE, else neo4j).", HelpName = "NAME" };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command, bool withStore = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (withStore)
            command.Options.Add(Store);
        command.Options.Add(Uri);
        command.Options.Add(User);
        command.Options.Add(Database);
    }

    /// <summary>The selection the command line makes; <paramref name="kind"/> overrides <c>--store</c> (push always writes to Neo4j).</summary>
    public StoreSelection Select(ParseResult parse, string sqlitePath, string? kind = null) =>
        new(kind ?? parse.GetValue(Store)!, sqlitePath, parse.GetValue(Uri), parse.GetValue(User), parse.GetValue(Database));

    /// <summary>The store kind; any other value is a usage error.</summary>
    private static Option<string> StoreKind()
    {
        var option = new Option<string>("--store")
        {
            Description = "Where the graph is stored: sqlite (the --db file) or neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).",
            DefaultValueFactory = _ => StoreSelection.Sqlite,
            HelpName = "sqlite|neo4j",
        };
        option.AcceptOnlyFromAmong([.. StoreSelection.Kinds]);
        return option;
    }
}
