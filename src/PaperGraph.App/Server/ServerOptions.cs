using System.ComponentModel.DataAnnotations;

namespace PaperGraph.App.Server;

/// <summary>The server's settings, bound from the <c>PaperGraph</c> section (config file, <c>PAPERGRAPH__*</c> variables) and checked at start.</summary>
internal sealed class ServerOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string Section = "PaperGraph";

    /// <summary>Where the graph is stored: <c>sqlite</c> (the <see cref="Database"/> file) or <c>neo4j</c>.</summary>
    [RegularExpression("^(sqlite|neo4j)$", ErrorMessage = "PaperGraph:Store must be sqlite or neo4j")]
    public string Store { get; set; } = Stores.StoreSelection.Sqlite;

    /// <summary>Neo4j's HTTP address when <see cref="Store"/> is neo4j (else NEO4J_URI).</summary>
    public string? Neo4jUri { get; set; }

    /// <summary>The Neo4j user (else NEO4J_USER); the password comes from NEO4J_PASSWORD only.</summary>
    public string? Neo4jUser { get; set; }

    /// <summary>The Neo4j database (else NEO4J_DATABASE).</summary>
    public string? Neo4jDatabase { get; set; }

    /// <summary>The embedded store file.</summary>
    [Required]
    public string Database { get; set; } = "papergraph.db";

    /// <summary>The address Kestrel listens on; loopback unless a team opens it on purpose.</summary>
    [Required]
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The TCP port (0 picks a free one).</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 5170;

    /// <summary>Ingest the bundled sample corpus when the store starts empty.</summary>
    public bool SeedSampleCorpus { get; set; } = true;

    /// <summary>The key writes need (<c>Authorization: Bearer ...</c>); <c>PAPERGRAPH_API_KEY</c> overrides it. None means writes are refused.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The deepest selection nesting a GraphQL operation may have.</summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>The largest estimated cost (fields times page sizes) of a GraphQL operation.</summary>
    [Range(1, 10_000_000)]
    public int MaxCost { get; set; } = 100_000;

    /// <summary>How many items the cost estimate assumes a list holds when no <c>first</c> or <c>last</c> says.</summary>
    [Range(1, 10_000)]
    public int ListSizeEstimate { get; set; } = 10;

    /// <summary>The largest page (<c>first</c> or <c>last</c>) a connection returns.</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The page size when a query gives neither <c>first</c> nor <c>last</c>.</summary>
    [Range(1, 10_000)]
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>How long one GraphQL request may run, in milliseconds.</summary>
    [Range(10, 600_000)]
    public int ExecutionTimeoutMs { get; set; } = 10_000;

    /// <summary>The largest request body accepted, in bytes.</summary>
    [Range(1_024, 64 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The store these settings select.</summary>
    public Stores.StoreSelection Selection() => new(Store, Database, Neo4jUri, Neo4jUser, Neo4jDatabase);
}
