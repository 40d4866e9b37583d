using PaperGraph.App.Api.Filtering;
using PaperGraph.App.Api.Sorting;
using PaperGraph.Graph.ReadModel;
using PaperGraph.GraphQL;

namespace PaperGraph.App.Api.Resolvers;

/// <summary>
/// The fields of object types that are not plain properties of the read model's nodes:
/// connections with their arguments, evidence with its paper, and renamed properties.
/// Every other field is read from the node's property of the same name.
/// </summary>
internal static class TypeResolvers
{
    public static SchemaBindings AddTypes(this SchemaBindings bindings)
    {
        bindings
            .ResolveType("Node", (value, _) => NodeTypes.TypeName(value))
            .ResolveType("Entity", (value, _) => NodeTypes.TypeName(value))
            .Resolve("Model", "parameters", c => Entity(c).Params)
            .Resolve("Mention", "parameters", c => ((Mention)c.Source!).Params)
            .Resolve("Mention", "id", c => ((Mention)c.Source!).RelationshipId)
            .Resolve("Mention", "evidence", c => Evidence((Mention)c.Source!, m => (m.Paper, m.Evidence)))
            .Resolve("Evaluation", "evidence", c => Evidence((Evaluation)c.Source!, e => (e.Paper, e.Evidence)))
            .Resolve("Result", "evidence", c => Evidence((ResultNode)c.Source!, r => (r.Paper, r.Evidence)))
            .Resolve("RepoLink", "evidence", c => Evidence((RepoLink)c.Source!, l => (l.Paper, l.Evidence)))
            .Resolve("ContextLength", "evidence", c => Evidence((ContextLengthFact)c.Source!, l => (l.Paper, l.Evidence)));
        foreach (var type in new[] { "Model", "Benchmark" })
        {
            bindings
                .Resolve(type, "evaluations", c => c.Connection(Entity(c).Evaluations, GraphFilters.Evaluation, GraphSorts.Evaluation))
                .Resolve(type, "results", c => c.Connection(Entity(c).Results, GraphFilters.Result, GraphSorts.Result));
        }

        return bindings;
    }

    private static EntityNode Entity(ResolveContext context) => (EntityNode)context.Source!;

    private static EvidenceView Evidence<T>(T fact, Func<T, (PaperNode Paper, Extraction.Model.Evidence Evidence)> parts)
    {
        var (paper, evidence) = parts(fact);
        return new EvidenceView(paper, evidence);
    }
}
