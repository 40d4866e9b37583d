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
            var written = new HashSet<string>(StringComparer.Ordinal);
            using (var writer = new BatchWriter(connection, transaction, storedNodes, written))
            {
                var stored = writer.StoredHashes(fragments);
                for (var i = 0; i < fragments.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    outcomes[i] = writer.Write(fragments[i], stored);
                }

            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            storedNodes.UnionWith(written);
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
    private sealed class BatchWriter(SqliteConnection connection, SqliteTransaction transaction, HashSet<string> storedNodes, HashSet<string> writtenNodes) : IDisposable
    {
        private static readonly string[] EvidenceParameters = ["$ev_field", "$ev_start", "$ev_end", "$ev_sentence_start", "$ev_sentence_end", "$ev_sentence", "$ev_rule"];

        private readonly PreparedStatement upsertPaper = new(connection, "Write/paper_upsert",
            "$id", "$title", "$abstract", "$arxiv_id", "$url", "$date", "$authors", "$source", "$content_hash", "$ingested_at");
        private readonly PreparedStatement insertEntity = new(connection, "Write/entity_insert", "$id", "$kind", "$name");
        private readonly PreparedStatement insertRepo = new(connection, "Write/repo_insert", "$id", "$name");
        private readonly PreparedStatement insertResult = new(connection, "Write/result_insert",
            ["$id", "$paper_key", "$value", "$unit", "$metric", "$text", .. EvidenceParameters, "$model_id", "$benchmark_id"]);
        private readonly PreparedStatement insertLength = new(connection, "Write/context_length_insert",
            ["$paper_key", "$text", "$tokens", "$subject_id", .. EvidenceParameters]);
        private readonly PreparedStatement insertRelationship = new(connection, "Write/relationship_insert",
            ["$id", "$type", "$from_id", "$to_id", "$paper_key", "$props", .. EvidenceParameters]);
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
            RequireOwnFacts(fragment);
            var known = stored.TryGetValue(paper.Id, out var storedHash);
            if (known && storedHash == fragment.ContentHash)
                return UpsertOutcome.Unchanged;
            stored[paper.Id] = fragment.ContentHash;
            if (known)
                CopyOutSentences(paper.Id);

            var paperKey = upsertPaper.Bind(paper.Id).Bind(paper.Title).Bind(paper.Abstract).Bind(paper.ArxivId).Bind(paper.Url).Bind(paper.Date)
                .Bind(StoredJson.Strings(paper.Authors)).Bind(paper.Source).Bind(fragment.ContentHash).Bind(now).QueryInt64();
            // Ids are unique per fragment and hash their paper, so only the facts a changed paper keeps could repeat one.
            var skipped = known ? DeleteFacts(paperKey) : new HashSet<string>(StringComparer.Ordinal);
            var sentences = new SentenceSpans(paper);
            foreach (var entity in fragment.Entities)
            {
                if (!storedNodes.Contains(entity.Id) && writtenNodes.Add(entity.Id))
                    insertEntity.Bind(entity.Id).Bind(entity.Kind.ToString()).Bind(entity.Name).Execute();
            }

            foreach (var repo in fragment.Repos)
            {
                if (!storedNodes.Contains(repo.Id) && writtenNodes.Add(repo.Id))
                    insertRepo.Bind(repo.Id).Bind(repo.Name).Execute();
            }

            var (links, implied) = ImpliedResultLinks(fragment);
            foreach (var result in fragment.Results)
            {
                var (model, benchmark) = links.GetValueOrDefault(result.Id);
                BindEvidence(insertResult.Bind(result.Id).Bind(paperKey).Bind(result.Value).Bind(result.Unit).Bind(result.Metric).Bind(result.Text), result.Evidence, sentences)
                    .Bind(model).Bind(benchmark).Execute();
            }

            foreach (var length in fragment.ContextLengths)
                BindEvidence(insertLength.Bind(paperKey).Bind(length.Text).Bind(length.Tokens).Bind(length.SubjectId), length.Evidence, sentences).Execute();

            foreach (var relationship in fragment.Relationships)
            {
                if (implied.Contains(relationship) || !skipped.Add(relationship.Id))
                    continue;
                // The paper's own relationships leave from_id NULL: the row's paper says where they start.
                var fromId = relationship.FromId == paper.Id ? null : relationship.FromId;
                BindEvidence(insertRelationship.Bind(relationship.Id).Bind(relationship.Type.ToString()).Bind(fromId).Bind(relationship.ToId)
                    .Bind(paperKey).Bind(StoredJson.Properties(relationship.Properties)), relationship.Evidence, sentences).Execute();
            }

            return known ? UpsertOutcome.Updated : UpsertOutcome.New;
        }

        /// <summary>
        /// The model and benchmark of each result, from the REPORTS/OF/ON relationships that are
        /// exactly the ones the result implies (<see cref="ResultLinks"/>): those are stored as the
        /// result's two columns and rebuilt on load; any other relationship is stored as a row.
        /// </summary>
        private static (Dictionary<string, (string? Model, string? Benchmark)> Links, HashSet<StoredRelationship> Implied) ImpliedResultLinks(PaperFragment fragment)
        {
            var links = new Dictionary<string, (string? Model, string? Benchmark)>(fragment.Results.Count, StringComparer.Ordinal);
            var implied = new HashSet<StoredRelationship>(ReferenceEqualityComparer.Instance);
            if (fragment.Results.Count == 0)
                return (links, implied);
            var results = fragment.Results.ToDictionary(r => r.Id, StringComparer.Ordinal);
            foreach (var relationship in fragment.Relationships)
            {
                var resultId = relationship.Type == RelationshipType.REPORTS ? relationship.ToId : relationship.FromId;
                if (!results.TryGetValue(resultId, out var result) || !ResultLinks.IsImplied(relationship, result))
                    continue;
                implied.Add(relationship);
                var (model, benchmark) = links.GetValueOrDefault(resultId);
                links[resultId] = relationship.Type switch
                {
                    RelationshipType.OF => (relationship.ToId, benchmark),
                    RelationshipType.ON => (model, relationship.ToId),
                    _ => (model, benchmark),
                };
            }

            return (links, implied);
        }

        /// <summary>Facts are stored under the fragment's paper, so a fact naming another paper is a broken fragment.</summary>
        private static void RequireOwnFacts(PaperFragment fragment)
        {
            var id = fragment.Paper.Id;
            var stranger = fragment.Results.Select(r => r.PaperId).Concat(fragment.ContextLengths.Select(c => c.PaperId))
                .Concat(fragment.Relationships.Select(r => r.PaperId)).FirstOrDefault(p => p != id);
            if (stranger is not null)
                throw new StoreException($"the fragment of {id} holds a fact of {stranger}; nothing of the batch is stored");
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

        /// <summary>
        /// Before a paper's text changes, its facts' sentences become copies: a verified fact outlives
        /// the change and must keep the sentence it was verified by. Rare, so plain commands.
        /// </summary>
        private void CopyOutSentences(string paperId)
        {
            var copies = new List<(string Table, long RowId, string Sentence)>();
            using (var query = Command("Write/paper_sentences"))
            {
                query.Parameters.AddWithValue("$paper_id", paperId);
                using var reader = query.ExecuteReader();
                while (reader.Read())
                {
                    var sentence = SentenceSpans.Sentence(reader.GetString(5), reader.GetString(6), Enum.Parse<TextField>(reader.GetString(2)), reader.GetInt32(3), reader.GetInt32(4));
                    copies.Add((reader.GetString(0), reader.GetInt64(1), sentence ?? ""));
                }
            }

            foreach (var (table, rowId, sentence) in copies)
            {
                using var update = connection.CreateCommand();
                update.Transaction = transaction;
                // The table name comes from the query above, which names only these two.
                update.CommandText = table == "results"
                    ? "UPDATE results SET ev_sentence = $sentence WHERE rowid = $rowid;"
                    : "UPDATE relationships SET ev_sentence = $sentence WHERE rowid = $rowid;";
                update.Parameters.AddWithValue("$sentence", sentence);
                update.Parameters.AddWithValue("$rowid", rowId);
                update.ExecuteNonQuery();
            }
        }

        /// <summary>
        /// Deletes a changed paper's facts but the verified ones, and returns the ids of the
        /// relationships kept. Rare (only for a changed paper), so plain commands.
        /// </summary>
        private HashSet<string> DeleteFacts(long paperKey)
        {
            using (var delete = Command("Write/paper_facts_delete"))
            {
                delete.Parameters.AddWithValue("$paper_key", paperKey);
                delete.ExecuteNonQuery();
            }

            var kept = new HashSet<string>(StringComparer.Ordinal);
            using var query = Command("Write/paper_relationship_ids");
            query.Parameters.AddWithValue("$paper_key", paperKey);
            using var reader = query.ExecuteReader();
            while (reader.Read())
                kept.Add(reader.GetString(0));
            return kept;
        }

        private SqliteCommand Command(string name)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SqlResources.Get(name);
            return command;
        }

        /// <summary>The sentence goes in as its span of the field; only a sentence that is no span of it is stored as text.</summary>
        private static PreparedStatement BindEvidence(PreparedStatement statement, Evidence evidence, SentenceSpans sentences)
        {
            statement.Bind(evidence.Field.ToString()).Bind(evidence.Start).Bind(evidence.End);
            return sentences.Find(evidence) is var (start, end)
                ? statement.Bind(start).Bind(end).Bind((string?)null).Bind(evidence.Rule)
                : statement.Bind(0L).Bind(0L).Bind(evidence.Sentence).Bind(evidence.Rule);
        }
    }
}
