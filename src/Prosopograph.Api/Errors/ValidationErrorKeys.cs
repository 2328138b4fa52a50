using System.Text.Json;

namespace Prosopograph.Api.Errors;

/// <summary>
/// Validation reports errors under the C# property names (<c>Limit</c>); clients know the query parameters
/// (<c>limit</c>), which are the camelCase of those names.
/// </summary>
public static class ValidationErrorKeys
{
    public static void CamelCase(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is not HttpValidationProblemDetails validation)
        {
            return;
        }

        var errors = validation.Errors.ToList();
        validation.Errors.Clear();
        foreach (var (key, messages) in errors)
        {
            validation.Errors[JsonNamingPolicy.CamelCase.ConvertName(key)] = messages;
        }
    }
}
