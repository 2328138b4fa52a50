using System.Text.Json;
using System.Text.RegularExpressions;
using Prosopograph.Api.Hosting;

namespace Prosopograph.Api.Tests;

/// <summary>What every error the API produces must be: RFC 9457 problem+json, complete, citable, and telling nothing of the server.</summary>
public static partial class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, int status, string request = "")
    {
        var body = await response.Content.ReadAsStringAsync();
        var context = $"{request} gave {(int)response.StatusCode}: {Shorten(body)}";
        Assert.True(status == (int)response.StatusCode, context);
        Assert.True(response.Headers.Contains(DatasetVersionHeader.Name), $"{context} (no {DatasetVersionHeader.Name})");
        Assert.True("application/problem+json" == response.Content.Headers.ContentType?.MediaType, $"{context} ({response.Content.Headers.ContentType})");
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        foreach (var member in new[] { "type", "title", "detail", "instance", "traceId" })
        {
            Assert.True(problem.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String
                && value.GetString()!.Length > 0, $"{context} (no {member})");
        }

        Assert.True(problem.TryGetProperty("status", out var statusValue) && statusValue.GetInt32() == status, context);
        HasNoLeak(body, context);
        return problem;
    }

    /// <summary>CLR types, C# members, namespaces, framework messages, stack frames, file paths, hosts and ports.</summary>
    public static void HasNoLeak(string body, string context)
    {
        var leak = Leak().Match(body);
        Assert.False(leak.Success, $"{context} leaks '{leak.Value}'");
    }

    public static string[] ErrorKeys(JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToArray() : [];

    private static string Shorten(string body) => body.Length > 400 ? body[..400] + "..." : body;

    [GeneratedRegex(@"Exception|Nullable<|System\.|Microsoft\.|Prosopograph\.|Failed to bind|\bat \w+\.|\.cs:line|\.dll|/home/|/work/|/tmp/|/usr/|[A-Z]:\\|127\.0\.0\.1|localhost:\d|Int32|String\b|bolt://|Neo\.(Client|Transient)Error")]
    private static partial Regex Leak();
}
