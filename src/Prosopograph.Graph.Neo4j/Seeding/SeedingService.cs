using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prosopograph.Graph.Neo4j.Configuration;
using Prosopograph.Graph.Neo4j.QueryApi;

namespace Prosopograph.Graph.Neo4j.Seeding;

/// <summary>
/// Seeds on start-up without holding start-up up: Neo4j often starts after the API (compose, Kubernetes), so an
/// unavailable server means wait and try again with growing delays, while readiness says what it is waiting for.
/// A statement Neo4j refuses is a defect, not an outage: it is reported and not retried.
/// </summary>
internal sealed class SeedingService(
    CorpusSeeder seeder,
    SeedingStatus status,
    IOptionsMonitor<Neo4jOptions> options,
    ILogger<SeedingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.CurrentValue;
        if (!settings.SeedOnStartup)
        {
            status.Set(SeedingState.Disabled, "Seeding on start-up is disabled (Neo4j:SeedOnStartup=false).");
            return;
        }

        var delay = settings.SeedRetryDelay;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var report = await seeder.SeedAsync(stoppingToken);
                status.Set(SeedingState.Seeded, $"Corpus {report.Version} seeded into Neo4j in {report.Requests} requests.");
                return;
            }
            catch (Neo4jUnavailableException e)
            {
                status.Set(SeedingState.Waiting, $"Waiting for Neo4j to seed the corpus: {Neo4jFailureReasons.Describe(e)} (attempt {attempt}, next in {delay.TotalSeconds:0.#} s).");
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
