namespace PaperGraph.Storage.Neo4j;

/// <summary>Where the Neo4j store is and how to sign in: the HTTP(S) address of the server, the user, the password and the database.</summary>
public sealed record Neo4jOptions
{
    /// <summary>The variable naming the server, for example <c>http://localhost:7474</c>.</summary>
    public const string UriVariable = "NEO4J_URI";

    /// <summary>The variable naming the user.</summary>
    public const string UserVariable = "NEO4J_USER";

    /// <summary>The variable holding the password (the only place a password is read from).</summary>
    public const string PasswordVariable = "NEO4J_PASSWORD";

    /// <summary>The variable naming the database.</summary>
    public const string DatabaseVariable = "NEO4J_DATABASE";

    /// <summary>The user when none is given.</summary>
    public const string DefaultUser = "neo4j";

    /// <summary>The database when none is given.</summary>
    public const string DefaultDatabase = "neo4j";

    /// <summary>The server's HTTP or HTTPS address (the Query API lives under it at <c>/db/{database}/query/v2</c>).</summary>
    public required Uri Uri { get; init; }

    /// <summary>The user to sign in as.</summary>
    public string User { get; init; } = DefaultUser;

    /// <summary>The user's password.</summary>
    public string Password { get; init; } = "";

    /// <summary>The database the graph lives in.</summary>
    public string Database { get; init; } = DefaultDatabase;

    /// <summary>How long one HTTP request may take before it counts as unanswered.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a transient error (<c>Neo.TransientError.*</c>) is retried before it is reported.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The first retry's wait; each later one doubles it.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Reads <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c> and <c>NEO4J_DATABASE</c>;
    /// <paramref name="overrides"/> (from command-line options) win over the variables, except the password.
    /// </summary>
    public static Neo4jOptions FromEnvironment(Func<string, string?>? environment = null, string? uri = null, string? user = null, string? database = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var text = Pick(uri, environment(UriVariable))
            ?? throw new ArgumentException($"no Neo4j server given: set {UriVariable} (for example http://localhost:7474) or pass --neo4j-uri");
        return Create(text, Pick(user, environment(UserVariable)) ?? DefaultUser, environment(PasswordVariable) ?? "", Pick(database, environment(DatabaseVariable)) ?? DefaultDatabase);
    }

    /// <summary>Checks and builds the options; every problem is an <see cref="ArgumentException"/> with a message a user can act on.</summary>
    public static Neo4jOptions Create(string uri, string user, string password, string database)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
            throw new ArgumentException($"{UriVariable} '{uri}' is not an absolute address such as http://localhost:7474");
        if (parsed.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException(
                $"{UriVariable} '{uri}' uses {parsed.Scheme}://, but PaperGraph speaks Neo4j's HTTP Query API: use http://HOST:7474 or https://HOST (not bolt:// or neo4j://)");
        }

        if (string.IsNullOrWhiteSpace(user))
            throw new ArgumentException($"{UserVariable} is empty: name the Neo4j user (usually neo4j)");
        if (string.IsNullOrWhiteSpace(database) || database.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
            throw new ArgumentException($"{DatabaseVariable} '{database}' is not a database name (letters, digits, '.', '-' and '_')");
        return new Neo4jOptions { Uri = parsed, User = user, Password = password, Database = database };
    }

    /// <summary>The options without the password, for messages and logs.</summary>
    public override string ToString() => $"{Uri.GetLeftPart(UriPartial.Authority)} (database {Database}, user {User})";

    private static string? Pick(string? preferred, string? fallback) =>
        !string.IsNullOrWhiteSpace(preferred) ? preferred.Trim() : !string.IsNullOrWhiteSpace(fallback) ? fallback.Trim() : null;
}
