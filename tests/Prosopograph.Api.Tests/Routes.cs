using System.Text.Json;

namespace Prosopograph.Api.Tests;

/// <summary>One GET operation of the OpenAPI document, with a real value for each path parameter and its query parameters.</summary>
public sealed record Route(string Template, string Path, IReadOnlyList<(string Name, string Type)> Query)
{
    public override string ToString() => Template;
}

/// <summary>Every route the API documents, read from its own OpenAPI document, so a new endpoint is covered without editing a list.</summary>
public static class Routes
{
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["/api/entities/{id}"] = "trotsky",
        ["/api/relations/{id}"] = "r-mercader-assassinated-trotsky",
        ["/api/documents/{id}"] = "000_eeff958d94dd4f42",
    };

    public static async Task<IReadOnlyList<Route>> AllAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out _))
            .Select(p => new Route(p.Name, Fill(p.Name), QueryOf(p.Value.GetProperty("get"))))
            .ToList();
    }

    private static string Fill(string template)
    {
        if (template == "/api/paths")
        {
            return "/api/paths?from=mercader&to=stalin";
        }

        var sample = Samples.FirstOrDefault(s => template.StartsWith(s.Key, StringComparison.Ordinal));
        return sample.Key is null ? template : template.Replace("{id}", sample.Value, StringComparison.Ordinal);
    }

    private static IReadOnlyList<(string, string)> QueryOf(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray()
                .Where(p => p.GetProperty("in").GetString() == "query")
                .Select(p => (p.GetProperty("name").GetString()!, TypeOf(p.GetProperty("schema"))))
                .ToList()
            : [];

    private static string TypeOf(JsonElement schema) =>
        schema.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().First(t => t.GetString() != "null").GetString()! : type.GetString()!
            : "string";
}
