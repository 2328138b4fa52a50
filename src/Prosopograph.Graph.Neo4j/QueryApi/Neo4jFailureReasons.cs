namespace Prosopograph.Graph.Neo4j.QueryApi;

/// <summary>
/// A failure in words an operator can act on, for public reports (readiness): it names no host, port or path,
/// which only the log carries.
/// </summary>
public static class Neo4jFailureReasons
{
    private const string HttpPrefix = "Prosopograph.Neo4j.Http";

    public static string Describe(Neo4jException failure) => failure.Code switch
    {
        ClientCodes.Unreachable => "Neo4j cannot be reached",
        ClientCodes.Timeout => "Neo4j did not answer in time",
        ClientCodes.UnexpectedResponse => "Neo4j gave an answer that is not a Query API response",
        var code when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) =>
            $"Neo4j rejected the configured credentials ({code})",
        var code when code.StartsWith(HttpPrefix, StringComparison.Ordinal) => $"Neo4j answered HTTP {code[HttpPrefix.Length..]}",
        var code => $"Neo4j refused the request ({code})",
    };
}
