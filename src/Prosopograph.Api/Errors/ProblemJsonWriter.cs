using System.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Prosopograph.Api.Errors;

/// <summary>
/// Writes every problem as <c>application/problem+json</c>, whatever the request's Accept header: the framework's
/// own writer declines <c>Accept: text/html</c>, and the fallbacks then send plain JSON with PascalCase keys or an
/// empty body. Registered before the framework's writer, so it is always the one chosen.
/// </summary>
public sealed class ProblemJsonWriter(IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        var status = problem.Status ?? http.Response.StatusCode;
        problem.Status = status;
        problem.Type ??= ProblemTypes.For(status);
        problem.Title ??= ProblemTypes.TitleFor(status);
        problem.Detail ??= ProblemTypes.DetailFor(status);
        problem.Instance ??= (http.Request.PathBase + http.Request.Path).ToUriComponent();
        if (problem is HttpValidationProblemDetails validation)
        {
            ValidationErrorKeys.UseParameterNames(validation, http.Request.Query);
        }

        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;

        // Framework and exception details never travel: only what this API put into the problem is written.
        foreach (var key in problem.Extensions.Keys.Where(k => k is not ("traceId" or "errors" or "checks")).ToList())
        {
            problem.Extensions.Remove(key);
        }

        http.Response.StatusCode = status;
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, ContentType));
    }
}
