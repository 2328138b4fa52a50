using System.Net;
using System.Text.Json;

namespace Prosopograph.Graph.Neo4j.QueryApi;

/// <summary>
/// Reads failures out of Query API answers. Neo4j raises errors when a query starts, and answers them with 400
/// (statement errors, and transient ones such as Neo.TransientError.General.DatabaseUnavailable), 401, 404 (an
/// unknown database) or 500. A non-empty <c>errors</c> in a 2xx answer is treated as a failure too, defensively.
/// </summary>
internal static class QueryApiFailures
{
    public const string TransientPrefix = "Neo.TransientError.";

    // Only these say the credentials are wrong; other Security codes (Forbidden, ...) are about the statement.
    private static readonly string[] CredentialCodes = ["Neo.ClientError.Security.Unauthorized", "Neo.ClientError.Security.AuthenticationRateLimit"];

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
    public static Neo4jException ToException(HttpStatusCode status, QueryError? error, TimeSpan? retryAfter, string statement, Uri queryUri)
    {
        var code = error?.Code ?? ClientCodes.Http((int)status);
        var detail = error?.Message ?? $"HTTP {(int)status} {status}";
        if (status == HttpStatusCode.Unauthorized || CredentialCodes.Contains(code))
        {
            return new Neo4jUnavailableException(code, $"Neo4j rejected the configured credentials ({code}).", retryAfter);
        }

        if (status == HttpStatusCode.NotFound && error is null)
        {
            // Neo4j's own 404 (an unknown database) carries an error; an HTML or empty one comes from a server without
            // the Query API at that path: the module is disabled or the URI points somewhere else.
            return new Neo4jUnavailableException(code,
                $"Nothing answers the Query API at {queryUri}: check the Neo4j URI (the server's base address, e.g. http://host:7474) " +
                "and that server.http_enabled_modules includes QUERY_API_ENDPOINTS.", retryAfter);
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
