using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Prosopograph.Api.Errors;

/// <summary>
/// A 404 written as <c>application/problem+json</c> through the problem details service (so it carries a traceId
/// like every other error) and documented as such. <c>NotFound&lt;ProblemDetails&gt;</c> would be sent and
/// documented as plain <c>application/json</c>.
/// </summary>
public sealed class NotFoundProblem(ProblemDetails problem)
    : IResult, IStatusCodeHttpResult, IValueHttpResult<ProblemDetails>, IEndpointMetadataProvider
{
    public ProblemDetails Value => problem;

    public int? StatusCode => StatusCodes.Status404NotFound;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        await httpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ProblemDetails), ["application/problem+json"]));
}
