namespace Prosopograph.Graph.Neo4j.QueryApi;

/// <summary>A failed call to Neo4j; <see cref="Code"/> is Neo4j's status code (Neo.ClientError...) or one of <see cref="ClientCodes"/>.</summary>
public abstract class Neo4jException(string code, string message, Exception? innerException)
    : Exception(message, innerException)
{
    public string Code { get; } = code;
}

/// <summary>
/// Neo4j cannot answer now: unreachable, timed out, overloaded after every retry, or rejecting the configured
/// credentials. Nothing is wrong with the request, so callers report "unavailable" rather than a server error.
/// </summary>
public sealed class Neo4jUnavailableException(string code, string message, TimeSpan? retryAfter = null, Exception? innerException = null)
    : Neo4jException(code, message, innerException)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>Neo4j refused the statement (syntax, semantics, constraint): a defect to log and report as a 500, not to retry.</summary>
public sealed class Neo4jQueryException(string code, string message)
    : Neo4jException(code, message, null);

/// <summary>Codes for failures that never reached Neo4j or came back without a Neo4j status.</summary>
public static class ClientCodes
{
    public const string Unreachable = "Prosopograph.Neo4j.Unreachable";
    public const string Timeout = "Prosopograph.Neo4j.Timeout";
    public const string UnexpectedResponse = "Prosopograph.Neo4j.UnexpectedResponse";

    public static string Http(int status) => $"Prosopograph.Neo4j.Http{status}";
}
