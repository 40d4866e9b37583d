using System.Globalization;
using Microsoft.Data.Sqlite;
using PaperGraph.Extraction.Model;
using PaperGraph.Graph;
using PaperGraph.Graph.Model;

namespace PaperGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(IReadOnlyList<PaperFragment> fragments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var outcomes = new UpsertOutcome[fragments.Count];
            using (var writer = new BatchWriter(connection, transaction))
            {
                var stored = writer.StoredHashes(fragments);
                for (var i = 0; i < fragments.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    outcomes[i] = writer.Write(fragments[i], stored);
                }

                if (outcomes.Contains(UpsertOutcome.Updated))
                    writer.DeleteOrphans();
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return outcomes;
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{Path}: the batch was not written (nothing of it is stored): {e.Message}", e);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Writes fragments inside one transaction with statements compiled once per batch. The
    /// papers' stored hashes are read in one query, and an entity or repo that several papers of
    /// the batch name is inserted once.
    /// </summary>
    private sealed class BatchWriter(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
    {
        private static readonly string[] EvidenceParameters = ["$ev_field", "$ev_start", "$ev_end", "$ev_sentence", "$ev_rule"];

        private readonly PreparedStatement upsertPaper = new(connection, "Write/paper_upsert",
            "$id", "$title", "$abstract", "$arxiv_id", "$url", "$date", "$authors", "$source", "$content_hash", "$ingested_at");
        private readonly PreparedStatement insertEntity = new(connection, "Write/entity_insert", "$id", "$kind", "$name");
        private readonly PreparedStatement insertRepo = new(connection, "Write/repo_insert", "$id", "$name");
        private readonly PreparedStatement insertResult = new(connection, "Write/result_insert",
            ["$id", "$paper_id", "$value", "$unit", "$metric", "$text", .. EvidenceParameters]);
        private readonly PreparedStatement insertLength = new(connection, "Write/context_length_insert",
            ["$paper_id", "$text", "$tokens", "$subject_id", .. EvidenceParameters]);
        private readonly PreparedStatement insertRelationship = new(connection, "Write/relationship_insert",
            ["$id", "$type", "$from_id", "$to_id", "$paper_id", "$props", .. EvidenceParameters]);
        private readonly HashSet<string> writtenNodes = new(StringComparer.Ordinal);
        private readonly string now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

        /// <summary>The content hash stored for each paper of the batch that the store already holds, by paper id.</summary>
        public Dictionary<string, string> StoredHashes(IReadOnlyList<PaperFragment> fragments)
        {
            var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
            using var query = new PreparedStatement(connection, "Write/paper_content_hashes", "$ids");
            query.Bind(StoredJson.Strings([.. fragments.Select(f => f.Paper.Id).Distinct(StringComparer.Ordinal)]))
                .Query(row => hashes[PreparedStatement.Text(row, 0)!] = PreparedStatement.Text(row, 1)!);
            return hashes;
        }

        /// <summary>Writes one paper unless its stored content is the same; <paramref name="stored"/> learns the new hash.</summary>
        public UpsertOutcome Write(PaperFragment fragment, Dictionary<string, string> stored)
        {
            var paper = fragment.Paper;
            var known = stored.TryGetValue(paper.Id, out var storedHash);
            if (known && storedHash == fragment.ContentHash)
                return UpsertOutcome.Unchanged;
            if (known)
                DeleteFacts(paper.Id);
            stored[paper.Id] = fragment.ContentHash;

            upsertPaper.Bind(paper.Id).Bind(paper.Title).Bind(paper.Abstract).Bind(paper.ArxivId).Bind(paper.Url).Bind(paper.Date)
                .Bind(StoredJson.Strings(paper.Authors)).Bind(paper.Source).Bind(fragment.ContentHash).Bind(now).Execute();
            foreach (var entity in fragment.Entities)
            {
                if (writtenNodes.Add(entity.Id))
                    insertEntity.Bind(entity.Id).Bind(entity.Kind.ToString()).Bind(entity.Name).Execute();
            }

            foreach (var repo in fragment.Repos)
            {
                if (writtenNodes.Add(repo.Id))
                    insertRepo.Bind(repo.Id).Bind(repo.Name).Execute();
            }

            foreach (var result in fragment.Results)
            {
                BindEvidence(insertResult.Bind(result.Id).Bind(result.PaperId).Bind(result.Value).Bind(result.Unit).Bind(result.Metric).Bind(result.Text), result.Evidence)
                    .Execute();
            }

            foreach (var length in fragment.ContextLengths)
                BindEvidence(insertLength.Bind(length.PaperId).Bind(length.Text).Bind(length.Tokens).Bind(length.SubjectId), length.Evidence).Execute();

            foreach (var relationship in fragment.Relationships)
            {
                BindEvidence(insertRelationship.Bind(relationship.Id).Bind(relationship.Type.ToString()).Bind(relationship.FromId).Bind(relationship.ToId)
                    .Bind(relationship.PaperId).Bind(StoredJson.Properties(relationship.Properties)), relationship.Evidence).Execute();
            }

            return known ? UpsertOutcome.Updated : UpsertOutcome.New;
        }

        public void DeleteOrphans()
        {
            using var command = Command("Write/orphans_delete");
            command.ExecuteNonQuery();
        }

        public void Dispose()
        {
            upsertPaper.Dispose();
            insertEntity.Dispose();
            insertRepo.Dispose();
            insertResult.Dispose();
            insertLength.Dispose();
            insertRelationship.Dispose();
        }

        /// <summary>Rare (only for a changed paper) and several statements long, so run as a plain command.</summary>
        private void DeleteFacts(string paperId)
        {
            using var command = Command("Write/paper_facts_delete");
            command.Parameters.AddWithValue("$paper_id", paperId);
            command.ExecuteNonQuery();
        }

        private SqliteCommand Command(string name)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SqlResources.Get(name);
            return command;
        }

        private static PreparedStatement BindEvidence(PreparedStatement statement, Evidence evidence) =>
            statement.Bind(evidence.Field.ToString()).Bind(evidence.Start).Bind(evidence.End).Bind(evidence.Sentence).Bind(evidence.Rule);
    }
}
