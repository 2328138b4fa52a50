using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prosopograph.Graph.Hosting;
using Prosopograph.Graph.Neo4j.Configuration;
using Prosopograph.Graph.Neo4j.QueryApi;

namespace Prosopograph.Graph.Neo4j.Seeding;

/// <summary>
/// Seeds on start-up without holding start-up up: Neo4j often starts after the API (compose, Kubernetes), so an
/// unavailable server means wait and try again with growing delays, while readiness says what it is waiting for.
/// Then syncs again after every write: the files are the truth, so a write is never lost when Neo4j is down, only
/// synced later. A statement Neo4j refuses is a defect, not an outage: it is reported and not retried until the next write.
/// </summary>
internal sealed class SeedingService(
    CorpusSeeder seeder,
    SeedingStatus status,
    CorpusSnapshots snapshots,
    IOptionsMonitor<Neo4jOptions> options,
    ILogger<SeedingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.SeedOnStartup)
        {
            status.Set(SeedingState.Disabled, "Seeding on start-up is disabled (Neo4j:SeedOnStartup=false).");
            return;
        }

        // One pending signal is enough: a sync always takes the latest snapshot, however many writes came meanwhile.
        var written = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        snapshots.OnReplaced(_ => written.Writer.TryWrite(true));
        try
        {
            do
            {
                await SyncAsync(stoppingToken);
            }
            while (await written.Reader.WaitToReadAsync(stoppingToken) && written.Reader.TryRead(out _));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: whatever was not synced yet is in the files and is synced on the next start.
        }
    }

    private async Task SyncAsync(CancellationToken stoppingToken)
    {
        var settings = options.CurrentValue;
        var delay = settings.SeedRetryDelay;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var report = await seeder.SeedAsync(stoppingToken);
                status.Synced(report.Version, $"Corpus {report.Version} seeded into Neo4j in {report.Requests} requests.");
                return;
            }
            catch (Neo4jUnavailableException e)
            {
                // Behind after a write, Neo4j still serves the last version it holds whole: seeded, not waiting.
                status.Set(status.SyncedVersion is null ? SeedingState.Waiting : SeedingState.Seeded,
                    $"Waiting for Neo4j to seed the corpus: {Neo4jFailureReasons.Describe(e)} (attempt {attempt}, next in {delay.TotalSeconds:0.#} s).");

                // One line per attempt, without the exception's stack: an outage at start-up is expected, not a defect.
                logger.LogWarning("Seeding attempt {Attempt} failed, Neo4j at {Uri} unavailable ({Code}: {Reason}); retrying in {Delay}",
                    attempt, settings.Uri, e.Code, e.Message, delay);
            }
            catch (Neo4jQueryException e)
            {
                status.Set(SeedingState.Failed, $"Seeding the corpus failed: Neo4j refused a statement ({e.Code}). See the logs.");
                logger.LogError(e, "Seeding failed: Neo4j refused a statement ({Code})", e.Code);
                return;
            }

            await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.SeedRetryMaxDelay.Ticks));
        }
    }
}
