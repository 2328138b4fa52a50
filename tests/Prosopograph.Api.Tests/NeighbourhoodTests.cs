using Prosopograph.Api.Contracts;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class NeighbourhoodTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task NeighbourhoodOfDepthOneHoldsTheEntityAndItsDirectNeighbours()
    {
        var graph = await _client.GetOkAsync<SubgraphResponse>("/api/entities/mercader/neighbourhood");

        Assert.Equal(new NodeItem("mercader", "person", "Ramón Mercader", 0), graph.Nodes[0]);
        Assert.Contains(graph.Nodes, n => n is { Id: "stalin", Depth: 1 });
        Assert.Contains(graph.Nodes, n => n is { Id: "trotsky", Depth: 1 });
        Assert.All(graph.Nodes.Skip(1), n => Assert.Equal(1, n.Depth));
        AssertEdgesJoinNodes(graph);
    }

    [Fact]
    public async Task DeeperNeighbourhoodsReachFurther()
    {
        var near = await _client.GetOkAsync<SubgraphResponse>("/api/entities/mercader/neighbourhood?depth=1");
        var far = await _client.GetOkAsync<SubgraphResponse>("/api/entities/mercader/neighbourhood?depth=2");

        Assert.Equal(2, far.Nodes.Max(n => n.Depth));
        Assert.Superset(near.Nodes.Select(n => n.Id).ToHashSet(), far.Nodes.Select(n => n.Id).ToHashSet());
        Assert.True(far.Edges.Count > near.Edges.Count);
        AssertEdgesJoinNodes(far);
    }

    [Fact]
    public async Task NeighbourhoodRestrictedToTypesFollowsOnlyThoseRelations()
    {
        var graph = await _client.GetOkAsync<SubgraphResponse>("/api/entities/mercader/neighbourhood?depth=2&type=agent_of,assassinated");

        Assert.NotEmpty(graph.Edges);
        Assert.All(graph.Edges, e => Assert.Contains(e.Type, new[] { "agent_of", "assassinated" }));
    }

    [Theory]
    [InlineData(1939, false)]
    [InlineData(1940, true)]
    [InlineData(1960, true)]
    public async Task AsOfAYearAnActCountsFromItsDateOn(int year, bool assassinated)
    {
        var graph = await _client.GetOkAsync<SubgraphResponse>($"/api/entities/mercader/neighbourhood?asOf={year}");

        Assert.Equal(assassinated, graph.Edges.Any(e => e.Id == "r-mercader-assassinated-trotsky"));
        Assert.Contains(graph.Edges, e => e.Id == "r-mercader-agent-of-stalin" && e.Date is null);
    }

    [Theory]
    [InlineData(1934, false)]
    [InlineData(1935, true)]
    [InlineData(1936, false)]
    public async Task AsOfAYearAStateOfAffairsCountsOnlyBetweenItsStartAndEnd(int year, bool residing)
    {
        var graph = await _client.GetOkAsync<SubgraphResponse>($"/api/entities/trotsky/neighbourhood?type=resided_in&asOf={year}");

        Assert.Equal(residing, graph.Edges.Any(e => e.Id == "r-trotsky-resided-in-france"));
    }

    [Fact]
    public async Task AsOfAYearAStateOfAffairsWithNoEndStaysInForce()
    {
        var before = await _client.GetOkAsync<SubgraphResponse>("/api/entities/trotsky/neighbourhood?type=led&asOf=1922");
        var after = await _client.GetOkAsync<SubgraphResponse>("/api/entities/trotsky/neighbourhood?type=led&asOf=1939");

        Assert.DoesNotContain(before.Edges, e => e.Id == "r-trotsky-led-left-opposition");
        Assert.Contains(after.Edges, e => e.Id == "r-trotsky-led-left-opposition");
    }

    private static void AssertEdgesJoinNodes(SubgraphResponse graph)
    {
        var ids = graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.NotEmpty(graph.Edges);
        Assert.All(graph.Edges, e => Assert.True(ids.Contains(e.Source.Id) && ids.Contains(e.Target.Id), e.Id));
    }
}
