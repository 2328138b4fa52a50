using System.Text.Json;

namespace Prosopograph.Api.Errors;

/// <summary>
/// Validation reports errors under the C# property names (<c>Limit</c>); a client knows the query parameter it
/// sent (<c>limit</c>), so each key becomes that name as it appears in the request, or its camelCase otherwise.
/// </summary>
public static class ValidationErrorKeys
{
    public static void UseParameterNames(HttpValidationProblemDetails validation, IQueryCollection query)
    {
        var errors = validation.Errors.ToList();
        validation.Errors.Clear();
        foreach (var (key, messages) in errors)
        {
            var name = query.Keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
                ?? JsonNamingPolicy.CamelCase.ConvertName(key);
            validation.Errors[name] = validation.Errors.TryGetValue(name, out var earlier) ? [.. earlier, .. messages] : messages;
        }
    }
}
