using Microsoft.AspNetCore.Mvc;

namespace Prosopograph.Api.Errors;

/// <summary>The 404 every endpoint returns for an id that names nothing, saying which id and what kind of thing.</summary>
public static class Problems
{
    public static NotFoundProblem NotFound(string what, string id) => new(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = $"Unknown {what}",
        Detail = $"No {what} has the id '{id}'.",
    });

    public static NotFoundProblem EntityNotFound(string id) => NotFound("entity", id);
}
