namespace PaperGraph.Graph.Model;

/// <summary>The relationship types of the graph (docs/graph-model.md).</summary>
public enum RelationshipType
{
    /// <summary>Paper to the model, benchmark, dataset or method it proposes.</summary>
    INTRODUCES,

    /// <summary>Paper to every entity it names (introduced ones too).</summary>
    MENTIONS,

    /// <summary>Model to a benchmark it was evaluated on, stated by one paper, with context lengths.</summary>
    EVALUATED_ON,

    /// <summary>Paper to a result it reports.</summary>
    REPORTS,

    /// <summary>Result to the model it is a result of.</summary>
    OF,

    /// <summary>Result to the benchmark it was measured on.</summary>
    ON,

    /// <summary>Paper to a GitHub repository it links.</summary>
    HAS_CODE,
}
