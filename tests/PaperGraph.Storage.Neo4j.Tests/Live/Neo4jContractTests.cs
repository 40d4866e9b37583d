using PaperGraph.Graph;
using PaperGraph.Graph.Tests.Contract;
using PaperGraph.Storage.Neo4j.Http;

namespace PaperGraph.Storage.Neo4j.Tests.Live;

/// <summary>
/// The store contract, the same tests SQLite passes, against a live Neo4j: the database is
/// emptied before each test, so point NEO4J_URI at a server whose data may be thrown away.
/// </summary>
[Neo4jAvailable]
public sealed class Neo4jContractTests : GraphStoreContractTests
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var options = await LiveNeo4j.OptionsAsync();
        using (var client = new Neo4jQueryClient(options))
            await client.RunAsync("MATCH (n) DETACH DELETE n");
        return new Neo4jGraphStore(options);
    }
}
