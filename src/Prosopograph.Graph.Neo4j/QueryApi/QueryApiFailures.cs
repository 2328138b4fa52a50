using System.Net;
using System.Text.Json;

namespace Prosopograph.Graph.Neo4j.QueryApi;

/// <summary>
/// Reads failures out of Query API answers. A call failed when the status is 300 or more or <c>errors</c> is
/// non-empty: servers before 2025.11 answer 202 even when a statement failed.
/// </summary>
internal static class QueryApiFailures
{
    public const string TransientPrefix = "Neo.TransientError.";
    private const string SecurityPrefix = "Neo.ClientError.Security.";

    public static bool IsTransient(HttpStatusCode status, string? code) =>
        status == HttpStatusCode.ServiceUnavailable || code?.StartsWith(TransientPrefix, StringComparison.Ordinal) == true;

    /// <summary>The first error code in a body, without materialising its data (used on every answer by the retry handler).</summary>
    public static string? FirstErrorCode(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject
                && MoveToProperty(ref reader, "errors"u8) && reader.TokenType == JsonTokenType.StartArray
                && reader.Read() && reader.TokenType == JsonTokenType.StartObject
                && MoveToProperty(ref reader, "code"u8) && reader.TokenType == JsonTokenType.String
                ? reader.GetString()
                : null;
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, a truncated body): the status code decides.
            return null;
        }
    }

    /// <summary>The exception for a failed answer; <paramref name="error"/> is Neo4j's first error, if it sent one.</summary>
    public static Neo4jException ToException(HttpStatusCode status, QueryError? error, TimeSpan? retryAfter, string statement)
    {
        var code = error?.Code ?? ClientCodes.Http((int)status);
        var detail = error?.Message ?? $"HTTP {(int)status} {status}";
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || code.StartsWith(SecurityPrefix, StringComparison.Ordinal))
        {
            return new Neo4jUnavailableException(code, $"Neo4j rejected the configured credentials ({code}).", retryAfter);
        }

        if (IsTransient(status, error?.Code) || status is HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout)
        {
            return new Neo4jUnavailableException(code, $"Neo4j is temporarily unable to run '{statement}' ({code}): {detail}", retryAfter);
        }

        return new Neo4jQueryException(code, $"Neo4j refused '{statement}' ({code}): {detail}");
    }

    /// <summary>From the start of an object, skips to the value of <paramref name="name"/>; false when the object has none.</summary>
    private static bool MoveToProperty(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(name);
            reader.Read();
            if (found)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }
}
