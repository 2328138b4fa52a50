using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Embedded;

/// <summary>Builds the embedded store's indexes once the host starts; readiness waits for it.</summary>
internal sealed class EmbeddedStoreLoader(EmbeddedGraphStore store, CorpusModel corpus, ILogger<EmbeddedStoreLoader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Load(corpus);
        logger.LogInformation("Embedded graph store ready with corpus {Version}: {Entities} entities, {Relations} relations",
            corpus.Version, corpus.Entities.Count, corpus.Relations.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
