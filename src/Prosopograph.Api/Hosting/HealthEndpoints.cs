using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Prosopograph.Api.Hosting;

public static class HealthEndpoints
{
    /// <summary>
    /// Liveness runs no check (the process answers, so it is alive); readiness runs the checks tagged "ready",
    /// which stay unhealthy until the graph store has loaded.
    /// </summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
