using System.Text.Json;
using System.Text.Json.Nodes;

namespace Prosopograph.Graph.Neo4j.Tests.Fakes;

/// <summary>Answers in the shapes Neo4j documents for the Query API (https://neo4j.com/docs/query-api/current/).</summary>
public sealed record FakeResponse(int Status, string Body, int? RetryAfterSeconds = null)
{
    public static FakeResponse Rows(string[] fields, object?[][] values, object? counters = null, string[]? bookmarks = null)
    {
        var body = new JsonObject
        {
            ["data"] = new JsonObject { ["fields"] = JsonSerializer.SerializeToNode(fields), ["values"] = JsonSerializer.SerializeToNode(values) },
            ["bookmarks"] = JsonSerializer.SerializeToNode(bookmarks ?? ["FB:kcwQ"]),
        };
        if (counters is not null)
        {
            body["counters"] = JsonSerializer.SerializeToNode(counters, JsonSerializerOptions.Web);
        }

        return new FakeResponse(202, body.ToJsonString());
    }

    /// <summary>An error as Neo4j sends it: 400 for statement and transient errors, 401, 404 for an unknown database, 500.</summary>
    public static FakeResponse Error(int status, string code, string message) =>
        new(status, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) }.ToJsonString());

    public static FakeResponse Unauthorized { get; } =
        Error(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");

    public static FakeResponse SyntaxError { get; } =
        Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETUR': expected ... (line 1, column 18 (offset: 17))");

    public static FakeResponse Deadlock { get; } =
        Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[1] can't acquire ExclusiveLock...");

    /// <summary>What a database that is starting, stopping or failing over answers when a query starts.</summary>
    public static FakeResponse DatabaseUnavailable { get; } =
        Error(400, "Neo.TransientError.General.DatabaseUnavailable", "Database 'neo4j' is unavailable.");

    public static FakeResponse UnknownDatabase { get; } =
        Error(404, "Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'nope'.");

    /// <summary>A 404 that is not Neo4j's: the Query API module is disabled, or the URI points at another server.</summary>
    public static FakeResponse HtmlNotFound { get; } = new(404, "<html><body><h1>404 Not Found</h1></body></html>");

    public static FakeResponse ServiceUnavailable { get; } = new(503, "<html><body>Service Unavailable</body></html>");
}
