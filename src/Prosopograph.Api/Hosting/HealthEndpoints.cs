using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Prosopograph.Api.Strictness;

namespace Prosopograph.Api.Hosting;

public static class HealthEndpoints
{
    /// <summary>Seconds a probe is asked to wait after "not ready": about one seeding retry.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>
    /// Liveness runs no check (the process answers, so it is alive); readiness runs the checks tagged "ready",
    /// which stay unhealthy until the graph store has loaded, and says why. Both answer GET (and so HEAD) only.
    /// </summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]), TakesNoQueryParameters.Instance);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
            {
                Predicate = check => check.Tags.Contains("ready"),
                ResponseWriter = WriteReportAsync,
            })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]), TakesNoQueryParameters.Instance);
        return app;
    }

    // An operator probing readiness needs the reason ("Neo4j does not answer", "still seeding"), not a bare word.
    // The checks' descriptions name no host, port or path: those are in the log.
    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        var checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }).ToList();
        if (report.Status == HealthStatus.Healthy)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), checks }, JsonSerializerOptions.Web));
        }

        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Status = context.Response.StatusCode,
            Title = "Not ready",
            Detail = $"The graph store cannot answer yet; retry in {RetryAfterSeconds} s. `checks` says what it waits for.",
            Extensions = { ["checks"] = checks },
        };
        return context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }
}
