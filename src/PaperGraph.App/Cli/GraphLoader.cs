using PaperGraph.Graph.ReadModel;

namespace PaperGraph.App.Cli;

/// <summary>Opens a store and builds the read model every query command answers from.</summary>
internal static class GraphLoader
{
    public static async Task<GraphReadModel> LoadAsync(string db, CancellationToken cancellationToken)
    {
        await using var store = await CommonOptions.OpenExistingStoreAsync(db, cancellationToken).ConfigureAwait(false);
        return GraphReadModel.Build(await store.LoadAsync(cancellationToken).ConfigureAwait(false));
    }
}
