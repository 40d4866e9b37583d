using PaperGraph.Extraction.Model;
using PaperGraph.Graph.ReadModel;

namespace PaperGraph.App.Api;

/// <summary>An <c>Evidence</c>: the sentence and span of a fact, with the paper it is in.</summary>
internal sealed record EvidenceView(PaperNode Paper, Evidence Evidence)
{
    public TextField Field => Evidence.Field;

    public string Sentence => Evidence.Sentence;

    public int Start => Evidence.Start;

    public int End => Evidence.End;

    public string Rule => Evidence.Rule;

    /// <summary>The words of the fact, cut from the field by the span (empty if the span no longer fits the text).</summary>
    public string Text
    {
        get
        {
            var source = Evidence.Field == TextField.Title ? Paper.Title : Paper.Abstract;
            return Evidence.Start >= 0 && Evidence.End <= source.Length && Evidence.Start <= Evidence.End ? source[Evidence.Start..Evidence.End] : "";
        }
    }
}

/// <summary>A <c>SearchHit</c>.</summary>
internal sealed record SearchHitView(object Node, double Score, string MatchedIn, string Snippet);

/// <summary>A <c>ComparisonTable</c>.</summary>
internal sealed record ComparisonTableView(IReadOnlyList<EntityNode> Models, IReadOnlyList<EntityNode> Benchmarks, string? Metric, IReadOnlyList<ComparisonRowView> Rows);

/// <summary>A <c>ComparisonRow</c>.</summary>
internal sealed record ComparisonRowView(EntityNode Model, IReadOnlyList<ComparisonCellView> Cells);

/// <summary>A <c>ComparisonCell</c>.</summary>
internal sealed record ComparisonCellView(EntityNode Benchmark, IReadOnlyList<ResultNode> Results);

/// <summary>An <c>IngestPayload</c>.</summary>
internal sealed record IngestPayloadView(int Added, int Updated, int Unchanged, IReadOnlyList<PaperNode> Papers);

/// <summary>A <c>FactPayload</c>.</summary>
internal sealed record FactPayloadView(string Id, bool Verified, object? Node);

/// <summary>A <c>MergeEntitiesPayload</c>.</summary>
internal sealed record MergeEntitiesPayloadView(EntityNode Entity, int MovedFacts);
