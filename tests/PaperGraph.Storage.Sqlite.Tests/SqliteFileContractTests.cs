using PaperGraph.Graph;
using PaperGraph.Graph.Tests.Contract;

namespace PaperGraph.Storage.Sqlite.Tests;

/// <summary>The store contract on a SQLite file in a temp folder.</summary>
public sealed class SqliteFileContractTests : GraphStoreContractTests, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("papergraph-store-").FullName;

    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult<IGraphStore>(new SqliteGraphStore(Path.Combine(folder, "graph.db")));

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

/// <summary>The store contract on an in-memory SQLite database.</summary>
public sealed class SqliteMemoryContractTests : GraphStoreContractTests
{
    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult<IGraphStore>(new SqliteGraphStore(":memory:"));
}
