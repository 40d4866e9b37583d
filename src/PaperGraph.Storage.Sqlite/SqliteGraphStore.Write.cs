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
            var writer = new BatchWriter(connection, transaction);
            var outcomes = new List<UpsertOutcome>(fragments.Count);
            foreach (var fragment in fragments)
                outcomes.Add(writer.Write(fragment));
            if (outcomes.Contains(UpsertOutcome.Updated))
                writer.DeleteOrphans();
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
    /// Writes fragments inside one transaction with commands prepared once per batch, so a
    /// large ingest binds parameters instead of re-parsing SQL for every row.
    /// </summary>
    private sealed class BatchWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        private readonly SqliteCommand contentHash = Prepare(connection, transaction, "Write/paper_content_hash");
        private readonly SqliteCommand upsertPaper = Prepare(connection, transaction, "Write/paper_upsert");
        private readonly SqliteCommand deleteFacts = Prepare(connection, transaction, "Write/paper_facts_delete");
        private readonly SqliteCommand insertEntity = Prepare(connection, transaction, "Write/entity_insert");
        private readonly SqliteCommand insertRepo = Prepare(connection, transaction, "Write/repo_insert");
        private readonly SqliteCommand insertResult = Prepare(connection, transaction, "Write/result_insert");
        private readonly SqliteCommand insertLength = Prepare(connection, transaction, "Write/context_length_insert");
        private readonly SqliteCommand insertRelationship = Prepare(connection, transaction, "Write/relationship_insert");
        private readonly string now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

        public UpsertOutcome Write(PaperFragment fragment)
        {
            var paper = fragment.Paper;
            var stored = Run(contentHash, ("$id", paper.Id)).ExecuteScalar() as string;
            if (stored == fragment.ContentHash)
                return UpsertOutcome.Unchanged;
            if (stored is not null)
                Run(deleteFacts, ("$paper_id", paper.Id)).ExecuteNonQuery();

            Run(upsertPaper,
                ("$id", paper.Id), ("$title", paper.Title), ("$abstract", paper.Abstract), ("$arxiv_id", paper.ArxivId),
                ("$url", paper.Url), ("$date", paper.Date), ("$authors", StoredJson.Authors(paper.Authors)),
                ("$source", paper.Source), ("$content_hash", fragment.ContentHash), ("$ingested_at", now)).ExecuteNonQuery();
            foreach (var entity in fragment.Entities)
                Run(insertEntity, ("$id", entity.Id), ("$kind", entity.Kind.ToString()), ("$name", entity.Name)).ExecuteNonQuery();
            foreach (var repo in fragment.Repos)
                Run(insertRepo, ("$id", repo.Id), ("$name", repo.Name)).ExecuteNonQuery();
            foreach (var result in fragment.Results)
            {
                Bind(insertResult, result.Evidence);
                Run(insertResult, ("$id", result.Id), ("$paper_id", result.PaperId), ("$value", result.Value), ("$unit", result.Unit),
                    ("$metric", result.Metric), ("$text", result.Text)).ExecuteNonQuery();
            }

            foreach (var length in fragment.ContextLengths)
            {
                Bind(insertLength, length.Evidence);
                Run(insertLength, ("$paper_id", length.PaperId), ("$text", length.Text), ("$tokens", length.Tokens), ("$subject_id", length.SubjectId)).ExecuteNonQuery();
            }

            foreach (var relationship in fragment.Relationships)
            {
                Bind(insertRelationship, relationship.Evidence);
                Run(insertRelationship, ("$id", relationship.Id), ("$type", relationship.Type.ToString()), ("$from_id", relationship.FromId),
                    ("$to_id", relationship.ToId), ("$paper_id", relationship.PaperId), ("$props", StoredJson.Properties(relationship.Properties))).ExecuteNonQuery();
            }

            return stored is null ? UpsertOutcome.New : UpsertOutcome.Updated;
        }

        public void DeleteOrphans()
        {
            using var command = Prepare(connection, transaction, "Write/orphans_delete");
            command.ExecuteNonQuery();
        }

        private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string name)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SqlResources.Get(name);
            return command;
        }

        private static void Bind(SqliteCommand command, Evidence evidence) =>
            Run(command, ("$ev_field", evidence.Field.ToString()), ("$ev_start", evidence.Start), ("$ev_end", evidence.End),
                ("$ev_sentence", evidence.Sentence), ("$ev_rule", evidence.Rule));

        /// <summary>Sets the named parameters, creating them on the command's first use.</summary>
        private static SqliteCommand Run(SqliteCommand command, params ReadOnlySpan<(string Name, object? Value)> values)
        {
            foreach (var (name, value) in values)
            {
                var parameter = command.Parameters.Contains(name) ? command.Parameters[name] : command.Parameters.Add(name, SqliteType.Text);
                parameter.SqliteType = value switch { long or int => SqliteType.Integer, double => SqliteType.Real, _ => SqliteType.Text };
                parameter.Value = value ?? DBNull.Value;
            }

            return command;
        }
    }
}
