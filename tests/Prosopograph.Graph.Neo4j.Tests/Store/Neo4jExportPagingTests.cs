using Microsoft.Extensions.DependencyInjection;
using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.Store;
using Prosopograph.Graph.Neo4j.Tests.Fakes;
using Prosopograph.Graph.Queries;

namespace Prosopograph.Graph.Neo4j.Tests.Store;

/// <summary>The Neo4j store's export reads page after page, each after the last row of the one before, and stops at a short page.</summary>
public sealed class Neo4jExportPagingTests : FakeServerTests
{
    private const int Page = Neo4jGraphStore.ExportPageSize;

    private IGraphStore Store() => Neo4jTestHost.Build(Fake.BaseUri, SyntheticCorpus.Build()).Services.GetRequiredService<IGraphStore>();

    private static object?[] EntityRow(int order) =>
        [new { id = $"e{order:D6}", kind = "person", name = $"Person {order}", aliases = Array.Empty<string>(), aliasTypes = Array.Empty<string>() }, order];

    private static FakeResponse EntityPage(int from, int count) =>
        FakeResponse.Rows(["entity", "corpusOrder"], Enumerable.Range(from, count).Select(EntityRow).ToArray());

    [Fact]
    public async Task EntitiesAreReadInPagesThatStartAfterTheLastRowOfThePreviousOne()
    {
        Fake.InTurn(EntityPage(0, Page), EntityPage(Page, Page), EntityPage(2 * Page, 7));

        var ids = await Store().Export(new ExportQuery(RelationCriteria.All)).Nodes.Select(n => n.Id).ToListAsync();

        Assert.Equal((2 * Page) + 7, ids.Count);
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        var requests = Fake.Requests.ToList();
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal(CypherCatalog.Text("export-entities"), r.Statement));
        Assert.All(requests, r => Assert.Equal(Page, r.Parameters["limit"]!.GetValue<int>()));
        Assert.Null(requests[0].Parameters["afterOrder"]);
        Assert.Equal((Page - 1, $"e{Page - 1:D6}"), (requests[1].Parameters["afterOrder"]!.GetValue<int>(), requests[1].Parameters["afterId"]!.GetValue<string>()));
        Assert.Equal((2 * Page) - 1, requests[2].Parameters["afterOrder"]!.GetValue<int>());
    }

    [Fact]
    public async Task NothingIsReadUntilTheExportIsEnumerated()
    {
        Fake.Always(FakeResponse.Rows(["relation", "corpusOrder"], []));
        var export = Store().Export(new ExportQuery(RelationCriteria.All));

        Assert.Empty(Fake.Requests);
        Assert.Empty(await export.Links.ToListAsync());
        Assert.Single(Fake.Requests);
    }

    [Fact]
    public async Task RelationPagesCarryTheCriteriaAndTheYear()
    {
        Fake.Always(FakeResponse.Rows(["relation", "corpusOrder"], []));
        await Store().Export(new ExportQuery(Only("disputed"), AsOf: 1938, IncludeUndated: false)).Links.ToListAsync();

        var request = Assert.Single(Fake.Requests);
        Assert.Equal(CypherCatalog.Text("export-relations"), request.Statement);
        Assert.Equal(1938, request.Parameters["asOf"]!.GetValue<int>());
        Assert.False(request.Parameters["includeUndated"]!.GetValue<bool>());
        Assert.Equal("disputed", Assert.Single(request.Parameters["stances"]!.AsArray())!.GetValue<string>());
    }

    private static RelationCriteria Only(string stance) => new(Stances: new HashSet<string> { stance });
}
