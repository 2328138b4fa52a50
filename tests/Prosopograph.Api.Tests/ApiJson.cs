using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Prosopograph.Api.Contracts;

namespace Prosopograph.Api.Tests;

/// <summary>Reads responses into the API's own contract records, with the wire conventions the API promises.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<T> GetOkAsync<T>(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} gave {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Options) ?? throw new InvalidOperationException($"GET {url} gave null.");
    }

    /// <summary>The items of a list answer, which every list endpoint wraps in the same page envelope.</summary>
    public static async Task<IReadOnlyList<T>> GetItemsAsync<T>(this HttpClient client, string url) =>
        (await client.GetOkAsync<PageResponse<T>>(url)).Items;

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<T>(Options) ?? throw new InvalidOperationException("The body was null.");
}
