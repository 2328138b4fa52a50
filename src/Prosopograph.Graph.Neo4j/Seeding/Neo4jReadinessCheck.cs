using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.QueryApi;

namespace Prosopograph.Graph.Neo4j.Seeding;

/// <summary>
/// Ready once the corpus is in Neo4j (or seeding is off) and Neo4j still answers; otherwise unhealthy with the
/// reason, so that /health/ready tells an operator what to fix instead of a bare 503.
/// </summary>
internal sealed class Neo4jReadinessCheck(SeedingStatus status, INeo4jQueryRunner runner, ILogger<Neo4jReadinessCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var seeding = status.Current;
        if (seeding.State is not (SeedingState.Seeded or SeedingState.Disabled))
        {
            return HealthCheckResult.Unhealthy(seeding.Description);
        }

        try
        {
            await runner.RunAsync(QueryStatements.Ping, null, cancellationToken);

            // Behind after a write: still serving (the previous version, whole), but not what the files say yet.
            return status.InStep
                ? HealthCheckResult.Healthy(seeding.Description)
                : HealthCheckResult.Degraded(((IGraphStoreSyncState)status).Current.Description);
        }
        catch (Neo4jException e)
        {
            // The message names the server's address; readiness is public, so it goes to the log only.
            logger.LogWarning("Readiness: Neo4j does not answer ({Code}): {Reason}", e.Code, e.Message);
            return HealthCheckResult.Unhealthy($"{Neo4jFailureReasons.Describe(e)}.");
        }
    }
}
