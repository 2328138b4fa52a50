using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Prosopograph.Api.Strictness;

/// <summary>
/// Checks the raw query against the endpoint's declared parameters before anything binds it, so that a request is
/// either answered as asked or refused with a 400 naming the parameter as the client spelt it: an unknown or
/// misspelt parameter (<c>tpye=</c>) is not silently ignored, a blank value is not "everything", a number that is
/// not one never reaches the framework's binder (whose messages name C# types), and text that is not valid Unicode
/// is refused wherever it appears. Names are case-sensitive, as documented.
/// </summary>
public static class StrictQuery
{
    public static WebApplication UseStrictQuery(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (Refusal(context) is { } problem)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
                return;
            }

            await next(context);
        });
        return app;
    }

    private static ProblemDetails? Refusal(HttpContext context)
    {
        var request = context.Request;
        if (!UnicodeText.IsValid(request.Path.Value ?? "") || request.Query.Keys.Any(k => !UnicodeText.IsValid(k)))
        {
            return new ProblemDetails { Status = 400, Title = "Invalid text", Detail = "The address holds text that is not valid Unicode." };
        }

        var declared = context.GetEndpoint() is { } endpoint
            ? context.RequestServices.GetRequiredService<DeclaredParameters>().For(endpoint)
            : null;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Query)
        {
            var parameter = declared?.FirstOrDefault(p => p.Name == name);
            var problem = declared is null || parameter is not null
                ? ValueProblem(parameter, values)
                : declared.Count == 0
                    ? "Unknown parameter: this endpoint takes no query parameters."
                    : $"Unknown parameter. Accepted here: {string.Join(", ", declared.Select(p => p.Name))}.";
            if (problem is not null)
            {
                errors[name] = [problem];
            }
        }

        return errors.Count == 0 ? null : new HttpValidationProblemDetails(errors)
        {
            Status = 400,
            Title = "Invalid query parameters",
            Detail = $"Check {string.Join(", ", errors.Keys.Select(k => $"'{k}'"))}; `errors` says what is wrong with each.",
        };
    }

    private static string? ValueProblem(DeclaredParameter? parameter, Microsoft.Extensions.Primitives.StringValues values)
    {
        if (values.Any(v => !UnicodeText.IsValid(v ?? "")))
        {
            return "Not valid Unicode text.";
        }

        if (parameter is null)
        {
            return null;
        }

        if (parameter.Shape != ParameterShape.List && values.Count > 1)
        {
            return "Given more than once; it takes one value.";
        }

        foreach (var value in values.Select(v => v ?? ""))
        {
            var problem = parameter.Shape switch
            {
                ParameterShape.List when value.Split(',').Any(string.IsNullOrWhiteSpace) =>
                    "Empty value: give one or more values separated by commas, or leave the parameter out.",
                _ when string.IsNullOrWhiteSpace(value) => "Empty value: give a value or leave the parameter out.",
                ParameterShape.Integer when !int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) =>
                    long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                        ? "Out of range."
                        : "Must be a whole number.",
                ParameterShape.Boolean when value is not ("true" or "false") => "Must be true or false.",
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }
}
