using System.Globalization;
using PaperGraph.Graph;
using PaperGraph.Graph.Model;
using PaperGraph.Storage.Neo4j.Http;

namespace PaperGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>The most rows one request carries, so a large batch never becomes one huge request.</summary>
    internal const int RowsPerRequest = 2_000;

    /// <summary>The relationship types in the order they are written, each with its statement.</summary>
    private static readonly (RelationshipType Type, string Statement)[] RelationshipStatements =
    [
        (RelationshipType.INTRODUCES, "write/relationships_introduces_merge"),
        (RelationshipType.MENTIONS, "write/relationships_mentions_merge"),
        (RelationshipType.EVALUATED_ON, "write/relationships_evaluated_on_merge"),
        (RelationshipType.REPORTS, "write/relationships_reports_merge"),
        (RelationshipType.OF, "write/relationships_of_merge"),
        (RelationshipType.ON, "write/relationships_on_merge"),
        (RelationshipType.HAS_CODE, "write/relationships_has_code_merge"),
    ];

    /// <summary>The statements that clear a changed paper's facts, children before what holds them.</summary>
    private static readonly string[] FactDeletes =
    [
        "write/facts_delete_evaluations",
        "write/facts_delete_result_links",
        "write/facts_delete_results",
        "write/facts_delete_paper_links",
        "write/facts_delete_context_lengths",
    ];

    /// <inheritdoc />
    public async Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(IReadOnlyList<PaperFragment> fragments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        if (fragments.Count == 0)
            return [];
        try
        {
            return await client.ExecuteAsync((transaction, token) => WriteBatchAsync(transaction, fragments, token), cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e)
        {
            throw new StoreException($"the batch was not written to Neo4j (nothing of it is stored): {e.Message}", e);
        }
    }

    private static async Task<IReadOnlyList<UpsertOutcome>> WriteBatchAsync(Neo4jTransaction transaction, IReadOnlyList<PaperFragment> fragments, CancellationToken cancellationToken)
    {
        var ids = fragments.Select(f => f.Paper.Id).Distinct(StringComparer.Ordinal).ToList();
        var hashes = await transaction.RunAsync(CypherResources.Get("write/paper_hashes"), new Dictionary<string, object?> { ["ids"] = ids }, cancellationToken).ConfigureAwait(false);
        var plan = BatchPlan.Create(fragments, hashes.Records.ToDictionary(r => r.String("id"), r => r.NullableString("contentHash"), StringComparer.Ordinal));

        if (plan.Replaced.Count > 0)
        {
            foreach (var statement in FactDeletes)
                await transaction.RunAsync(CypherResources.Get(statement), new Dictionary<string, object?> { ["paperIds"] = plan.Replaced }, cancellationToken).ConfigureAwait(false);
        }

        if (plan.Written.Count > 0)
            await WriteFragmentsAsync(transaction, plan.Written, cancellationToken).ConfigureAwait(false);
        if (plan.Outcomes.Contains(UpsertOutcome.Updated))
            await transaction.RunAsync(CypherResources.Get("write/orphans_delete"), cancellationToken: cancellationToken).ConfigureAwait(false);
        return plan.Outcomes;
    }

    private static async Task WriteFragmentsAsync(Neo4jTransaction transaction, IReadOnlyList<PaperFragment> written, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var entities = written.SelectMany(f => f.Entities).DistinctBy(e => e.Id).ToList();
        await MergeAsync(transaction, "write/papers_merge", "papers", [.. written.Select(f => Neo4jRows.Paper(f, now))], cancellationToken).ConfigureAwait(false);
        await MergeAsync(transaction, "write/entities_merge", "entities", [.. entities.Select(Neo4jRows.Entity)], cancellationToken).ConfigureAwait(false);
        await MergeAsync(transaction, "write/repos_merge", "repos", [.. written.SelectMany(f => f.Repos).DistinctBy(r => r.Id).Select(Neo4jRows.Repo)], cancellationToken).ConfigureAwait(false);
        await MergeAsync(transaction, "write/results_merge", "results", [.. written.SelectMany(f => f.Results).DistinctBy(r => r.Id).Select(Neo4jRows.Result)], cancellationToken).ConfigureAwait(false);
        await MergeAsync(transaction, "write/context_lengths_merge", "context lengths",
            [.. written.SelectMany(f => f.ContextLengths.Select(Neo4jRows.ContextLength))], cancellationToken).ConfigureAwait(false);

        var relationships = written
            .SelectMany(f => f.Relationships.Select((relationship, ordinal) => (relationship, ordinal)))
            .DistinctBy(r => r.relationship.Id)
            .ToLookup(r => r.relationship.Type);
        foreach (var (type, statement) in RelationshipStatements)
            await MergeAsync(transaction, statement, type + " relationships", [.. relationships[type].Select(r => Neo4jRows.Relationship(r.relationship, r.ordinal))], cancellationToken).ConfigureAwait(false);

        await RunChunkedAsync(transaction, "write/entity_aliases_refresh", "ids", [.. entities.Select(e => e.Id)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs an <c>UNWIND $rows ... MERGE</c> statement and checks that every row was written: a row
    /// whose paper or end node is missing matches nothing, and the whole batch is then refused.
    /// </summary>
    private static async Task MergeAsync(Neo4jTransaction transaction, string statement, string what, IReadOnlyList<Dictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        var written = await RunChunkedAsync(transaction, statement, "rows", rows, cancellationToken).ConfigureAwait(false);
        if (written != rows.Count)
            throw new StoreException($"the batch was not written to Neo4j (nothing of it is stored): {rows.Count - written} of {rows.Count} {what} name a paper or node that is neither in the batch nor in the store");
    }

    private static async Task<long> RunChunkedAsync<T>(Neo4jTransaction transaction, string statement, string parameter, IReadOnlyList<T> items, CancellationToken cancellationToken)
    {
        long written = 0;
        foreach (var chunk in items.Chunk(RowsPerRequest))
        {
            var result = await transaction.RunAsync(CypherResources.Get(statement), new Dictionary<string, object?> { [parameter] = chunk }, cancellationToken).ConfigureAwait(false);
            written += result.Records.Sum(r => r.Long("written"));
        }

        return written;
    }
}
