using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Prosopograph.Graph.Embedded;

internal sealed class EmbeddedStoreHealthCheck(EmbeddedGraphStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.IsLoaded
            ? HealthCheckResult.Healthy("The embedded graph store is loaded.")
            : HealthCheckResult.Unhealthy("The embedded graph store is still loading the corpus."));
}
