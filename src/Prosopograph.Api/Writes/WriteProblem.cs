using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Prosopograph.Api.Writes;

/// <summary>
/// Every refusal of a write, as <c>application/problem+json</c> through the problem details service (traceId and
/// all), documented in OpenAPI with each status a write can answer.
/// </summary>
public sealed class WriteProblem(ProblemDetails problem) : IResult, IStatusCodeHttpResult, IValueHttpResult<ProblemDetails>, IEndpointMetadataProvider
{
    private static readonly int[] Statuses =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
        StatusCodes.Status412PreconditionFailed, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity,
        StatusCodes.Status428PreconditionRequired, StatusCodes.Status429TooManyRequests,
    ];

    public ProblemDetails Value => problem;

    public int? StatusCode => problem.Status;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Problem(problem).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        foreach (var status in Statuses)
        {
            builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        }
    }

    public static WriteProblem Of(int status, string title, string detail) =>
        new(new ProblemDetails { Status = status, Title = title, Detail = detail });

    /// <summary>A delete refused because the corpus without the document would not load (another document uses its entities).</summary>
    public static WriteProblem Dependants(string id, IReadOnlyList<WriteError> errors) => new(new ProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Title = "Other documents depend on this one",
        Detail = $"Removing '{id}' would leave {errors.Count} reference(s) dangling; nothing was removed. Declare the entities they use in those documents (same kind and name) or remove those relations first.",
        Extensions = { ["errors"] = errors },
    });

    /// <summary>RFC 9457's own example shape: <c>errors</c> is a list, each with its detail and where it lies.</summary>
    public static WriteProblem Invalid(IReadOnlyList<WriteError> errors) => new(new ProblemDetails
    {
        Status = StatusCodes.Status422UnprocessableEntity,
        Title = "The document does not validate",
        Detail = $"{errors.Count} error(s); nothing was written. The checks and messages are those of the corpus loader at start-up.",
        Extensions = { ["errors"] = errors },
    });
}
