using Microsoft.Extensions.DependencyInjection;
using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.QueryApi;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.Graph.Neo4j.Tests.QueryApi;

public sealed class QueryApiResponseTests : FakeServerTests
{
    private INeo4jQueryRunner Runner() => Neo4jTestHost.Build(Fake.BaseUri).Services.GetRequiredService<INeo4jQueryRunner>();

    private sealed record Person(string Id, string Name, IReadOnlyList<string>? Aliases, int? Born);

    [Fact]
    public async Task MapColumnsDeserialiseIntoRecords()
    {
        Fake.Always(FakeResponse.Rows(["person", "score"],
        [
            [new { id = "trotsky", name = "Leon Trotsky", aliases = new[] { "Lev Bronstein" }, born = 1879 }, 1.5],
            [new { id = "stalin", name = "Joseph Stalin", aliases = (string[]?)null, born = (int?)null }, 0.5],
        ]));

        var result = await Runner().RunAsync(QueryStatements.Ping);

        var people = result.Column<Person>("person").ToList();
        Assert.Equal(["person", "score"], result.Fields);
        Assert.Equal(new Person("trotsky", "Leon Trotsky", people[0].Aliases, 1879), people[0]);
        Assert.Equal(["Lev Bronstein"], people[0].Aliases!);
        Assert.Null(people[1].Aliases);
        Assert.Null(people[1].Born);
        Assert.Equal([1.5, 0.5], result.Column<double>("score"));
    }

    [Fact]
    public async Task CountersOfAWriteAreRead()
    {
        Fake.Always(FakeResponse.Rows([], [], new { containsUpdates = true, nodesCreated = 3, propertiesSet = 12, relationshipsDeleted = 2 }));

        var result = await Runner().RunAsync(SeedStatements.MergeEntities, new Dictionary<string, object?> { ["rows"] = Array.Empty<object>() });

        Assert.NotNull(result.Counters);
        Assert.True(result.Counters.ContainsUpdates);
        Assert.Equal(3, result.Counters.NodesCreated);
        Assert.Equal(12, result.Counters.PropertiesSet);
        Assert.Equal(2, result.Counters.RelationshipsDeleted);
    }

    [Fact]
    public async Task AnUnknownColumnIsReportedByName()
    {
        Fake.Always(FakeResponse.Rows(["ok"], [[1]]));

        var result = await Runner().RunAsync(QueryStatements.Ping);

        var error = Assert.Throws<Neo4jQueryException>(() => result.Column<int>("missing").ToList());
        Assert.Contains("missing", error.Message);
    }

    [Fact]
    public async Task ASuccessfulStatusWithoutDataIsAnUnexpectedResponse()
    {
        Fake.Always(new FakeResponse(202, "{\"bookmarks\": []}"));

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => Runner().RunAsync(QueryStatements.Ping));

        Assert.Equal(ClientCodes.UnexpectedResponse, error.Code);
    }
}
