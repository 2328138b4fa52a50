using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Prosopograph.Api.Errors;

/// <summary>
/// A request the framework itself refuses to read. Query values are checked before binding (StrictQuery), so this is
/// a last resort; its message is framework wording (parameter types, member names) and never reaches the client.
/// </summary>
public sealed class BadRequestHandler(IProblemDetailsService problems, ILogger<BadRequestHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        logger.LogInformation("Refused a request the framework could not read: {Reason}", badRequest.Message);
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = badRequest.StatusCode, Detail = "The request could not be read." },
        });
    }
}
