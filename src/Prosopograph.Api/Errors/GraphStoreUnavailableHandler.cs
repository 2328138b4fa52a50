using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Prosopograph.Graph;

namespace Prosopograph.Api.Errors;

/// <summary>
/// A store that cannot answer yet (still loading, or its server down) is a 503 with Retry-After: the request was
/// fine and may succeed later. This is the one place that decision is made; endpoints never catch it.
/// </summary>
public sealed class GraphStoreUnavailableHandler(IProblemDetailsService problems, ILogger<GraphStoreUnavailableHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not GraphStoreUnavailableException unavailable)
        {
            return false;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(unavailable.RetryAfter.TotalSeconds));
        logger.LogWarning("Graph store unavailable, asked the client to retry in {Seconds} s: {Reason}", seconds, unavailable.Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);

        // The store's own message is logged, not returned: a server store's message can name hosts and ports.
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The graph store is not available yet",
                Detail = $"The graph store cannot answer now; retry in {seconds} s.",
            },
        });
    }
}
