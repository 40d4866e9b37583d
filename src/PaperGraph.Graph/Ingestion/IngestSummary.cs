using PaperGraph.Extraction.Sources;
using PaperGraph.Graph.Model;

namespace PaperGraph.Graph.Ingestion;

/// <summary>What an ingest did: papers by outcome, facts written, and the records it rejected.</summary>
public sealed class IngestSummary
{
    /// <summary>Papers added.</summary>
    public int New { get; private set; }

    /// <summary>Papers whose facts were replaced.</summary>
    public int Updated { get; private set; }

    /// <summary>Papers already stored with the same content.</summary>
    public int Unchanged { get; private set; }

    /// <summary>Entity mentions written (of new and updated papers).</summary>
    public int EntitiesWritten { get; private set; }

    /// <summary>Relationships written (of new and updated papers).</summary>
    public int RelationshipsWritten { get; private set; }

    /// <summary>Records and files that were rejected, with where and why.</summary>
    public List<SourceProblem> Rejected { get; } = [];

    /// <summary>Where the ingest spent its time, phase by phase.</summary>
    public IngestTimings Timings { get; } = new();

    /// <summary>Papers read, whatever their outcome.</summary>
    public int Papers => New + Updated + Unchanged;

    internal void Count(PaperFragment fragment, UpsertOutcome outcome)
    {
        switch (outcome)
        {
            case UpsertOutcome.New:
                New++;
                break;
            case UpsertOutcome.Updated:
                Updated++;
                break;
            default:
                Unchanged++;
                return;
        }

        EntitiesWritten += fragment.Entities.Count;
        RelationshipsWritten += fragment.Relationships.Count;
    }
}
