using PaperGraph.Graph.Tests.Contract;

namespace PaperGraph.Storage.Neo4j.Tests.Live;

/// <summary>Skips a contract class's tests, with the reason, where no Neo4j can be reached or started.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class Neo4jAvailableAttribute : StoreAvailabilityAttribute
{
    public override string? SkipReason => LiveNeo4j.SkipReason;
}
