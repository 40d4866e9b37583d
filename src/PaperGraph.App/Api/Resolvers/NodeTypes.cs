using PaperGraph.Extraction.Model;
using PaperGraph.Graph.ReadModel;

namespace PaperGraph.App.Api.Resolvers;

/// <summary>Which object type of the schema a read-model node is, for <c>Node</c> and <c>Entity</c>.</summary>
internal static class NodeTypes
{
    public static string TypeName(object value) => value switch
    {
        PaperNode => "Paper",
        EntityNode entity => entity.Kind switch
        {
            EntityKind.Model => "Model",
            EntityKind.Benchmark => "Benchmark",
            EntityKind.Dataset => "Dataset",
            _ => "Method",
        },
        RepoNode => "Repo",
        ResultNode => "Result",
        Evaluation => "Evaluation",
        _ => throw new InvalidOperationException($"{value.GetType().Name} is not a node of the schema"),
    };
}
