using System.Net;
using System.Text.Json;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.Graph.Neo4j.Tests.Api;

/// <summary>What a client of the API sees when Neo4j fails: a 503 it can retry, or a 500 that gives nothing away.</summary>
public sealed class Neo4jApiFailureTests
{
    [Fact]
    public async Task Neo4jAnswering503GivesA503ProblemWithRetryAfter()
    {
        await using var neo4j = await FakeQueryApi.StartAsync();
        neo4j.Always(FakeResponse.ServiceUnavailable);
        await using var api = new Neo4jApiFactory(neo4j.BaseUri);

        var response = await api.CreateClient().GetAsync("/api/entities/stalin");

        await AssertUnavailableAsync(response, neo4j.BaseUri);
        Assert.NotEmpty(neo4j.Requests);
    }

    [Fact]
    public async Task RejectedCredentialsGiveA503NotA401()
    {
        await using var neo4j = await FakeQueryApi.StartAsync();
        neo4j.Always(FakeResponse.Unauthorized);
        await using var api = new Neo4jApiFactory(neo4j.BaseUri);

        var response = await api.CreateClient().GetAsync("/api/entities?q=trotsky");

        await AssertUnavailableAsync(response, neo4j.BaseUri);
    }

    [Fact]
    public async Task Neo4jDownGivesA503()
    {
        var down = new Uri($"http://127.0.0.1:{FreePort.Find()}");
        await using var api = new Neo4jApiFactory(down);

        var response = await api.CreateClient().GetAsync("/api/relations?type=executed");

        await AssertUnavailableAsync(response, down);
    }

    [Fact]
    public async Task RefusedStatementGivesA500WithoutNeo4jsMessage()
    {
        await using var neo4j = await FakeQueryApi.StartAsync();
        neo4j.Always(FakeResponse.SyntaxError);
        await using var api = new Neo4jApiFactory(neo4j.BaseUri);

        var response = await api.CreateClient().GetAsync("/api/entities/stalin");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("RETUR", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Neo.ClientError", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadinessSaysWhyWhileNeo4jCannotBeSeeded()
    {
        await using var neo4j = await FakeQueryApi.StartAsync();
        neo4j.Always(FakeResponse.ServiceUnavailable);
        await using var api = new Neo4jApiFactory(neo4j.BaseUri, seedOnStartup: true);

        var response = await api.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(neo4j.BaseUri.Authority, body, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(body);
        var check = Assert.Single(report.RootElement.GetProperty("checks").EnumerateArray());
        Assert.Equal(("neo4j", "Unhealthy"), (check.GetProperty("name").GetString(), check.GetProperty("status").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(check.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task ReadinessNamesNoHostWhenNeo4jRefusesTheConnection()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort.Find()}/");
        await using var api = new Neo4jApiFactory(closed);

        var response = await api.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
        Assert.DoesNotContain(closed.Authority, body, StringComparison.Ordinal);
        Assert.DoesNotContain("refused", body, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response, Uri neo4j)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        var body = await response.Content.ReadAsStringAsync();
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain(neo4j.Authority, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
