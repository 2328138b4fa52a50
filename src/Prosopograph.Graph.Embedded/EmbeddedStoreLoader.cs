using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Hosting;

namespace Prosopograph.Graph.Embedded;

/// <summary>
/// Builds the embedded store's indexes once the host starts (readiness waits for it) and again for every new
/// corpus snapshot a write publishes; the store swaps its whole graph at once, so readers never see half of one.
/// </summary>
internal sealed class EmbeddedStoreLoader(EmbeddedGraphStore store, CorpusSnapshots snapshots, ILogger<EmbeddedStoreLoader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Load(snapshots.Current);
        snapshots.OnReplacing(Load);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Load(CorpusModel corpus)
    {
        var started = Stopwatch.GetTimestamp();
        store.Load(corpus);
        logger.LogInformation("Embedded graph store ready with corpus {Version} in {Seconds:F1} s: {Entities} entities, {Relations} relations",
            corpus.Version, Stopwatch.GetElapsedTime(started).TotalSeconds, corpus.Entities.Count, corpus.Relations.Count);
    }
}
