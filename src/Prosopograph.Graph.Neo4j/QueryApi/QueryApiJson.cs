using System.Text.Json;
using System.Text.Json.Serialization;

namespace Prosopograph.Graph.Neo4j.QueryApi;

/// <summary>The Query API's plain JSON: camelCase both ways; nulls are sent so that SET n.notes = row.notes clears a stale value.</summary>
internal static class QueryApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}

internal sealed record QueryRequest(
    string Statement,
    IReadOnlyDictionary<string, object?> Parameters,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AccessMode,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IncludeCounters,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Bookmarks);

internal sealed record QueryResponse(
    QueryData? Data,
    QueryCounters? Counters,
    IReadOnlyList<QueryError>? Errors,
    IReadOnlyList<string>? Bookmarks);

internal sealed record QueryData(IReadOnlyList<string> Fields, IReadOnlyList<JsonElement[]> Values);

internal sealed record QueryError(string Code, string Message);
