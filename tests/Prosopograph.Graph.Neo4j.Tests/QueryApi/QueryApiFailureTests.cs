using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.QueryApi;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.Graph.Neo4j.Tests.QueryApi;

public sealed class QueryApiFailureTests : FakeServerTests
{
    private INeo4jQueryRunner Runner(Uri? server = null, IDictionary<string, string?>? overrides = null) =>
        Neo4jTestHost.Build(server ?? Fake.BaseUri, overrides: overrides).Services.GetRequiredService<INeo4jQueryRunner>();

    [Fact]
    public async Task RejectedCredentialsMakeNeo4jUnavailableWithoutRetrying()
    {
        Fake.Always(FakeResponse.Unauthorized);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => Runner().RunAsync(QueryStatements.Ping));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Single(Fake.Requests);
    }

    [Fact]
    public async Task ASyntaxErrorIsAQueryErrorCarryingNeo4jsCode()
    {
        Fake.Always(FakeResponse.SyntaxError);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => Runner().RunAsync(QueryStatements.Ping));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Single(Fake.Requests);
    }

    // Not a documented case (errors come with 4xx/5xx): a defence against an error inside a successful answer.
    [Fact]
    public async Task AnErrorInsideASuccessfulAnswerIsStillAnError()
    {
        Fake.Always(FakeResponse.Error(202, "Neo.ClientError.Statement.SyntaxError", "Invalid input"));

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => Runner().RunAsync(QueryStatements.Ping));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
    }

    [Fact]
    public async Task DatabaseUnavailableAnsweredWith400IsRetriedAsTransient()
    {
        Fake.InTurn(FakeResponse.DatabaseUnavailable, FakeResponse.Rows(["ok"], [[1]]));

        var result = await Runner().RunAsync(QueryStatements.Ping);

        Assert.Equal([1], result.Column<int>("ok"));
        Assert.Equal(2, Fake.Requests.Count);
    }

    [Fact]
    public async Task DatabaseUnavailableAfterEveryRetryMakesNeo4jUnavailable()
    {
        Fake.Always(FakeResponse.DatabaseUnavailable);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => Runner().RunAsync(QueryStatements.Ping));

        Assert.Equal("Neo.TransientError.General.DatabaseUnavailable", error.Code);
        Assert.True(Fake.Requests.Count > 1);
    }

    [Theory]
    [InlineData("Neo.ClientError.Security.Forbidden")]
    [InlineData("Neo.ClientError.Security.AuthorizationExpired")]
    public async Task OtherSecurityErrorsAreNotReportedAsRejectedCredentials(string code)
    {
        Fake.Always(FakeResponse.Error(403, code, "Access denied."));

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => Runner().RunAsync(QueryStatements.Ping));

        Assert.Equal(code, error.Code);
        Assert.DoesNotContain("credentials", error.Message);
    }

    [Fact]
    public async Task AnAuthenticationRateLimitIsReportedAsRejectedCredentials()
    {
        Fake.Always(FakeResponse.Error(429, "Neo.ClientError.Security.AuthenticationRateLimit", "Too many failed authentication requests."));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => Runner().RunAsync(QueryStatements.Ping));

        Assert.Contains("rejected the configured credentials", error.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnHtmlOrEmpty404SaysToCheckTheUriAndTheEnabledModules(bool html)
    {
        Fake.Always(html ? FakeResponse.HtmlNotFound : new FakeResponse(404, ""));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => Runner().RunAsync(QueryStatements.Ping));

        Assert.Contains("server.http_enabled_modules", error.Message);
        Assert.Contains(new Uri(Fake.BaseUri, "db/neo4j/query/v2").ToString(), error.Message);
    }

    [Fact]
    public async Task AnUnknownDatabaseIsNeo4jsOwn404AndKeepsItsCode()
    {
        Fake.Always(FakeResponse.UnknownDatabase);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => Runner().RunAsync(QueryStatements.Ping));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.Code);
    }

    [Fact]
    public async Task ATransientErrorIsRetriedAndTheRetrySucceeds()
    {
        Fake.InTurn(FakeResponse.Deadlock, FakeResponse.Rows(["ok"], [[1]]));

        var result = await Runner().RunAsync(QueryStatements.Ping);

        Assert.Equal([1], result.Column<int>("ok"));
        Assert.Equal(2, Fake.Requests.Count);
    }

    [Fact]
    public async Task AStatementNotMarkedIdempotentIsNeverRetried()
    {
        Fake.InTurn(FakeResponse.Deadlock, FakeResponse.Rows([], []));
        var once = SeedStatements.MergeEntities with { Idempotent = false };

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => Runner().RunAsync(once));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", error.Code);
        Assert.Single(Fake.Requests);
    }

    [Fact]
    public async Task ServiceUnavailableIsRetriedThenReportedAsUnavailable()
    {
        Fake.Always(FakeResponse.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() =>
            Runner(overrides: new Dictionary<string, string?> { ["Neo4j:MaxRetryAttempts"] = "2" }).RunAsync(QueryStatements.Ping));

        Assert.Equal(ClientCodes.Http(503), error.Code);
        Assert.Equal(3, Fake.Requests.Count);
    }

    [Fact]
    public async Task RetryAfterFromNeo4jIsPassedOn()
    {
        Fake.Always(FakeResponse.ServiceUnavailable with { RetryAfterSeconds = 7 });

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() =>
            Runner(overrides: new Dictionary<string, string?> { ["Neo4j:MaxRetryAttempts"] = "0" }).RunAsync(QueryStatements.Ping));

        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public async Task AServerThatDoesNotAnswerInTimeIsUnavailable()
    {
        Fake.Respond = async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            return FakeResponse.Rows([], []);
        };
        var started = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() =>
            Runner(overrides: new Dictionary<string, string?> { ["Neo4j:QueryTimeout"] = "00:00:00.300" }).RunAsync(QueryStatements.Ping));

        Assert.Equal(ClientCodes.Timeout, error.Code);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), $"took {started.Elapsed}");
    }

    [Fact]
    public async Task TheCallersCancellationIsNotMistakenForAnOutage()
    {
        Fake.Respond = async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            return FakeResponse.Rows([], []);
        };
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner().RunAsync(QueryStatements.Ping, null, cancellation.Token));
    }

    [Fact]
    public async Task AServerThatIsDownIsUnreachableAfterRetries()
    {
        var nobodyListens = new Uri($"http://127.0.0.1:{FreePort.Find()}");

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => Runner(nobodyListens).RunAsync(QueryStatements.Ping));

        Assert.Equal(ClientCodes.Unreachable, error.Code);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task AGatewayErrorPageIsAnOutageNotAQueryError()
    {
        Fake.Always(new FakeResponse(502, "<html>Bad Gateway</html>"));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => Runner().RunAsync(QueryStatements.Ping));

        Assert.Equal(ClientCodes.Http(502), error.Code);
    }
}
