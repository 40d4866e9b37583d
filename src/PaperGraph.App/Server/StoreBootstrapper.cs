using Microsoft.Extensions.Options;
using PaperGraph.App.Cli;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Graph.Ingestion;

namespace PaperGraph.App.Server;

/// <summary>
/// Gets the graph ready at start: creates or migrates the store, ingests the bundled sample
/// corpus when the store is empty, and loads the read model. Until then /health answers 503.
/// A store that cannot be opened stops the server, with the reason kept for the caller.
/// </summary>
internal sealed class StoreBootstrapper(IGraphStore store, Extractor extractor, GraphHolder holder, IOptions<ServerOptions> options, IHostApplicationLifetime lifetime, ILogger<StoreBootstrapper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await PrepareAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is StoreException or Storage.Neo4j.Neo4jException or IOException or HttpRequestException)
        {
            holder.StartFailure = e.Message;
            logger.LogCritical("The store cannot be used: {Reason}", e.Message);
            lifetime.StopApplication();
        }
    }

    private async Task PrepareAsync(CancellationToken stoppingToken)
    {
        await store.InitializeAsync(stoppingToken).ConfigureAwait(false);
        var snapshot = await store.LoadAsync(stoppingToken).ConfigureAwait(false);
        if (snapshot.Papers.Count == 0 && options.Value.SeedSampleCorpus)
        {
            logger.LogInformation("The store is empty: ingesting the bundled sample corpus from {Folder}", SampleCorpus.Folder);
            var summary = await new IngestPipeline(store, extractor).IngestFilesAsync(SampleCorpus.Files, cancellationToken: stoppingToken).ConfigureAwait(false);
            logger.LogInformation("Sample corpus ingested: {New} papers", summary.New);
        }

        await holder.ReloadAsync(stoppingToken).ConfigureAwait(false);
        logger.LogInformation("Graph ready: {Papers} papers, {Entities} entities", holder.Graph.Papers.Count, holder.Graph.Entities.Count);
    }
}
