using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Prosopograph.Api.Errors;

/// <summary>
/// A query value the framework cannot even convert (<c>limit=abc</c>) fails before validation runs. Its message
/// names the parameter, so it is turned into the same per-parameter 400 that validation gives.
/// </summary>
public sealed partial class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        var match = FailedBinding().Match(badRequest.Message);
        ProblemDetails problem = match.Success
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value)] = [$"'{match.Groups["value"].Value}' is not a valid value."],
            })
            : new ProblemDetails { Title = "Bad request", Detail = badRequest.Message };
        problem.Status = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    // The framework's wording: Failed to bind parameter "Nullable<int> Limit" from "abc".
    [GeneratedRegex("""^Failed to bind parameter "(?:\S+ )?(?<name>\w+)" from "(?<value>.*)"\.$""")]
    private static partial Regex FailedBinding();
}
