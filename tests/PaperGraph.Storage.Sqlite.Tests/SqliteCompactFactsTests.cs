using Microsoft.Data.Sqlite;
using PaperGraph.Graph.Tests;

namespace PaperGraph.Storage.Sqlite.Tests;

/// <summary>
/// Facts point at their paper by row key and at their sentence by its span (migration 004):
/// what loads back is what was written, and a store written before the change loads the same.
/// </summary>
public sealed class SqliteCompactFactsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("papergraph-compact-").FullName;

    private string DbPath => Path.Combine(folder, "graph.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Sentences_are_stored_as_spans_and_load_back_as_written()
    {
        var fragment = SampleFacts.LongIns();
        await using (var store = new SqliteGraphStore(DbPath))
        {
            await store.InitializeAsync();
            await store.UpsertAsync([fragment]);
        }

        await using (var connection = await OpenAsync())
        {
            Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM relationships WHERE ev_sentence IS NOT NULL;"));
            Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM results WHERE ev_sentence IS NOT NULL;"));
            Assert.True((long)Scalar(connection, "SELECT count(*) FROM relationships WHERE from_id IS NULL;")! > 0);
            // The result's REPORTS, OF and ON are its model and benchmark columns, not rows.
            Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM relationships WHERE type IN ('REPORTS', 'OF', 'ON');"));
            Assert.Equal("model:gpt4 benchmark:longins", Scalar(connection, "SELECT model_id || ' ' || benchmark_id FROM results;"));
        }

        await using var reopened = new SqliteGraphStore(DbPath);
        await reopened.InitializeAsync();
        var snapshot = await reopened.LoadAsync();

        Assert.Equal(Comparable(fragment.Relationships), Comparable(snapshot.Relationships));
        Assert.Equal(fragment.Results, snapshot.Results);
        Assert.Equal(fragment.ContextLengths, snapshot.ContextLengths);
    }

    [Fact]
    public async Task Facts_load_in_paper_id_order_whatever_order_the_papers_were_ingested_in()
    {
        async Task<string[]> LoadAfter(params Graph.Model.PaperFragment[] fragments)
        {
            await using var store = new SqliteGraphStore(":memory:");
            await store.InitializeAsync();
            foreach (var fragment in fragments)
                await store.UpsertAsync([fragment]);
            var snapshot = await store.LoadAsync();
            return [.. snapshot.Relationships.Select(r => r.Id), .. snapshot.Results.Select(r => r.Id), .. snapshot.ContextLengths.Select(c => c.PaperId + c.Text)];
        }

        var forward = await LoadAfter(SampleFacts.LongIns(), SampleFacts.ShortContext());
        var backward = await LoadAfter(SampleFacts.ShortContext(), SampleFacts.LongIns());

        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task A_result_link_that_is_not_the_implied_one_is_kept_as_written()
    {
        var fragment = SampleFacts.LongIns();
        var of = fragment.Relationships.Single(r => r.Type == Graph.Model.RelationshipType.OF);
        var odd = of with { Evidence = of.Evidence with { Rule = "curated-elsewhere" } };
        fragment = fragment with { Relationships = [.. fragment.Relationships.Where(r => r != of), odd] };
        await using var store = new SqliteGraphStore(DbPath);
        await store.InitializeAsync();

        await store.UpsertAsync([fragment]);
        var snapshot = await store.LoadAsync();

        Assert.Equal(Comparable(fragment.Relationships), Comparable(snapshot.Relationships));
    }

    [Fact]
    public async Task A_store_written_by_the_previous_schema_keeps_its_facts_after_the_migration()
    {
        var fragment = SampleFacts.LongIns();
        await WritePreviousSchemaAsync(fragment);

        await using var store = new SqliteGraphStore(DbPath);
        await store.InitializeAsync();
        var snapshot = await store.LoadAsync();

        Assert.Equal([fragment.Paper.Id], snapshot.Papers.Select(p => p.Id));
        Assert.Equal(Comparable(fragment.Relationships), Comparable(snapshot.Relationships));
        Assert.Equal(fragment.Results, snapshot.Results);
        Assert.Equal(fragment.ContextLengths, snapshot.ContextLengths);
        // Facts written later in the same store are compact, and the paper's re-ingest sees no change.
        var outcomes = await store.UpsertAsync([SampleFacts.ShortContext()]);
        Assert.Equal(Graph.Model.UpsertOutcome.New, outcomes.Single());
    }

    /// <summary>Builds the file as migrations 001-003 left it, with one paper written the way that schema was written.</summary>
    private async Task WritePreviousSchemaAsync(Graph.Model.PaperFragment fragment)
    {
        await using var connection = await OpenAsync();
        foreach (var name in new[] { "001_initial", "002_curation", "003_drop_relationships_from" })
            Execute(connection, Migration(name));
        Execute(connection, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;"
            + "INSERT INTO schema_migrations VALUES (1, '001_initial', ''), (2, '002_curation', ''), (3, '003_drop_relationships_from', '');");
        var paper = fragment.Paper;
        Execute(connection, "INSERT INTO papers (id, title, abstract, authors, content_hash, ingested_at) VALUES ($id, $title, $abstract, '[]', $hash, '');",
            ("$id", paper.Id), ("$title", paper.Title), ("$abstract", paper.Abstract), ("$hash", fragment.ContentHash));
        foreach (var entity in fragment.Entities)
            Execute(connection, "INSERT INTO entities (id, kind, name) VALUES ($id, $kind, $name);", ("$id", entity.Id), ("$kind", entity.Kind.ToString()), ("$name", entity.Name));
        foreach (var repo in fragment.Repos)
            Execute(connection, "INSERT INTO repos (id, name) VALUES ($id, $name);", ("$id", repo.Id), ("$name", repo.Name));
        foreach (var r in fragment.Results)
        {
            Execute(connection, "INSERT INTO results (id, paper_id, value, unit, metric, text, ev_field, ev_start, ev_end, ev_sentence, ev_rule) VALUES ($id, $paper, $value, $unit, $metric, $text, $field, $start, $end, $sentence, $rule);",
                ("$id", r.Id), ("$paper", r.PaperId), ("$value", r.Value), ("$unit", r.Unit), ("$metric", r.Metric), ("$text", r.Text),
                ("$field", r.Evidence.Field.ToString()), ("$start", r.Evidence.Start), ("$end", r.Evidence.End), ("$sentence", r.Evidence.Sentence), ("$rule", r.Evidence.Rule));
        }

        foreach (var c in fragment.ContextLengths)
        {
            Execute(connection, "INSERT INTO context_lengths (paper_id, text, tokens, subject_id, ev_field, ev_start, ev_end, ev_sentence, ev_rule) VALUES ($paper, $text, $tokens, $subject, $field, $start, $end, $sentence, $rule);",
                ("$paper", c.PaperId), ("$text", c.Text), ("$tokens", c.Tokens), ("$subject", c.SubjectId),
                ("$field", c.Evidence.Field.ToString()), ("$start", c.Evidence.Start), ("$end", c.Evidence.End), ("$sentence", c.Evidence.Sentence), ("$rule", c.Evidence.Rule));
        }

        foreach (var r in fragment.Relationships)
        {
            Execute(connection, "INSERT INTO relationships (id, type, from_id, to_id, paper_id, props, ev_field, ev_start, ev_end, ev_sentence, ev_rule) VALUES ($id, $type, $from, $to, $paper, $props, $field, $start, $end, $sentence, $rule);",
                ("$id", r.Id), ("$type", r.Type.ToString()), ("$from", r.FromId), ("$to", r.ToId), ("$paper", r.PaperId), ("$props", PropertiesJson(r.Properties)),
                ("$field", r.Evidence.Field.ToString()), ("$start", r.Evidence.Start), ("$end", r.Evidence.End), ("$sentence", r.Evidence.Sentence), ("$rule", r.Evidence.Rule));
        }
    }

    /// <summary>Relationships as values (their property lists compare by content).</summary>
    private static IEnumerable<string> Comparable(IEnumerable<Graph.Model.StoredRelationship> relationships) =>
        relationships.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r =>
            $"{r.Id} {r.Type} {r.FromId} {r.ToId} {r.PaperId} {r.Evidence} {r.Verified} {PropertiesJson(r.Properties)}");

    /// <summary>The properties as the previous schema stored them: camelCase JSON without empty values.</summary>
    private static string PropertiesJson(Graph.Model.RelationshipProperties p)
    {
        var values = new Dictionary<string, object?>
        {
            ["name"] = p.WrittenName,
            ["aliases"] = p.Aliases.Count > 0 ? p.Aliases : null,
            ["params"] = p.Params,
            ["contextWindow"] = p.ContextWindow,
            ["contextLengths"] = p.ContextLengths.Count > 0 ? p.ContextLengths : null,
        };
        return System.Text.Json.JsonSerializer.Serialize(values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value));
    }

    private static string Migration(string name)
    {
        using var stream = typeof(SqliteGraphStore).Assembly.GetManifestResourceStream($"PaperGraph.Storage.Sqlite.Sql.Migrations.{name}.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
