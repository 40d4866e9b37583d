using System.CommandLine;
using PaperGraph.Extraction;
using PaperGraph.Extraction.Lexicons;
using PaperGraph.Storage.Sqlite;

namespace PaperGraph.App.Cli;

/// <summary>Options several commands share, and what they open.</summary>
internal static class CommonOptions
{
    /// <summary>The default store: a file in the working directory.</summary>
    public const string DefaultDatabase = "papergraph.db";

    /// <summary>Input paths; a token that looks like an option and is no file is an unknown option, not a path.</summary>
    public static Argument<string[]> Paths(string description, ArgumentArity arity)
    {
        var paths = new Argument<string[]>("PATH") { Description = description, Arity = arity };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value).Where(v => v.StartsWith('-') && !Path.Exists(v)))
                result.AddError($"unknown option '{token}'");
        });
        return paths;
    }

    public static Option<string> Database() => new("--db")
    {
        Description = "The embedded store (a SQLite file).",
        DefaultValueFactory = _ => DefaultDatabase,
        HelpName = "FILE",
    };

    public static Option<string[]> Lexicon() => new("--lexicon")
    {
        Description = "A folder of extra lexicon files (models.tsv, benchmarks.tsv, ...) that extend the built-in ones; repeatable.",
        HelpName = "DIR",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The extractor over the built-in lexicons and the user's folders.</summary>
    public static Extractor CreateExtractor(string[]? lexiconDirectories)
    {
        foreach (var directory in lexiconDirectories ?? [])
        {
            if (!Directory.Exists(directory))
                throw new CliUsageException($"--lexicon {directory}: no such folder");
        }

        try
        {
            return new Extractor(lexiconDirectories is { Length: > 0 } ? Extraction.Lexicons.Lexicon.Load(lexiconDirectories) : Extraction.Lexicons.Lexicon.LoadBuiltIn());
        }
        catch (LexiconException e)
        {
            throw new CliUsageException(e.Message);
        }
    }

    /// <summary>Opens an existing store for reading; a missing file is a usage error, not a new empty store.</summary>
    public static async Task<SqliteGraphStore> OpenExistingStoreAsync(string path, CancellationToken cancellationToken)
    {
        if (path != ":memory:" && !File.Exists(path))
            throw new CliUsageException($"--db {path}: no such store; run 'papergraph ingest' first");
        var store = new SqliteGraphStore(path);
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }
}
