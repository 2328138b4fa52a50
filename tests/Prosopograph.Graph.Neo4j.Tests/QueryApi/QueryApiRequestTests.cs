using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.QueryApi;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.Graph.Neo4j.Tests.QueryApi;

public sealed class QueryApiRequestTests : FakeServerTests
{
    private INeo4jQueryRunner Runner(string database = "neo4j") =>
        Neo4jTestHost.Build(Fake.BaseUri, overrides: new Dictionary<string, string?> { ["Neo4j:Database"] = database })
            .Services.GetRequiredService<INeo4jQueryRunner>();

    [Fact]
    public async Task StatementIsPostedToTheQueryEndpointOfTheConfiguredDatabase()
    {
        await Runner("prosopograph").RunAsync(QueryStatements.Ping);

        var request = Assert.Single(Fake.Requests);
        Assert.Equal("/db/prosopograph/query/v2", request.Path);
        Assert.Equal(CypherCatalog.Text("ping"), request.Statement);
    }

    [Fact]
    public async Task CredentialsTravelAsBasicAuthorization()
    {
        await Runner().RunAsync(QueryStatements.Ping);

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:test-password"));
        Assert.Equal(expected, Assert.Single(Fake.Requests).Authorization);
    }

    [Fact]
    public async Task ReadsAskForReadAccessAndNoCounters()
    {
        await Runner().RunAsync(QueryStatements.FindEntity, new Dictionary<string, object?> { ["id"] = "trotsky" });

        var request = Assert.Single(Fake.Requests);
        Assert.Equal("Read", request.AccessMode);
        Assert.False(request.IncludeCounters);
    }

    [Fact]
    public async Task WritesAskForCountersAndKeepTheDefaultWriteAccess()
    {
        await Runner().RunAsync(SeedStatements.MergeEntities, new Dictionary<string, object?> { ["rows"] = Array.Empty<object>(), ["version"] = "v1" });

        var request = Assert.Single(Fake.Requests);
        Assert.Null(request.AccessMode);
        Assert.True(request.IncludeCounters);
    }

    [Fact]
    public async Task ValuesTravelAsParametersNeverInsideTheStatement()
    {
        const string hostile = "x' OR 1=1 //";
        await Runner().RunAsync(QueryStatements.FindEntity, new Dictionary<string, object?> { ["id"] = hostile });

        var request = Assert.Single(Fake.Requests);
        Assert.Equal(hostile, request.Parameters["id"]!.GetValue<string>());
        Assert.DoesNotContain(hostile, request.Statement);
        Assert.Contains("$id", request.Statement);
    }

    [Fact]
    public async Task NullParametersAreSentAsNullSoOptionalFiltersSwitchOff()
    {
        await Runner().RunAsync(QueryStatements.SearchEntityCandidates, new Dictionary<string, object?> { ["kind"] = null });

        var parameters = Assert.Single(Fake.Requests).Parameters;
        Assert.True(parameters.ContainsKey("kind"));
        Assert.Null(parameters["kind"]);
    }

    [Fact]
    public async Task ReadsCarryTheBookmarksOfTheLatestWriteSoALaggingSecondaryWaitsForTheSeeding()
    {
        var runner = Runner();
        Fake.InTurn(
            FakeResponse.Rows(["ok"], [[1]]),
            FakeResponse.Rows([], [], bookmarks: ["FB:after-seeding"]),
            FakeResponse.Rows(["ok"], [[1]]));

        await runner.RunAsync(QueryStatements.Ping);
        await runner.RunAsync(SeedStatements.MergeEntities, new Dictionary<string, object?> { ["rows"] = Array.Empty<object>(), ["version"] = "v" });
        await runner.RunAsync(QueryStatements.Ping);

        var requests = Fake.Requests.ToList();
        Assert.Null(requests[0].Bookmarks);
        Assert.Null(requests[1].Bookmarks);
        Assert.Equal(["FB:after-seeding"], requests[2].Bookmarks);
    }
}
