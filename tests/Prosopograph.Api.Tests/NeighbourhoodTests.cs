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
        Assert.True(far.Links.Count > near.Links.Count);
        AssertEdgesJoinNodes(far);
    }

    [Fact]
    public async Task NeighbourhoodRestrictedToTypesFollowsOnlyThoseRelations()
    {
        var graph = await _client.GetOkAsync<SubgraphResponse>("/api/entities/mercader/neighbourhood?depth=2&type=agent_of,assassinated");

        Assert.NotEmpty(graph.Links);
        Assert.All(graph.Links, e => Assert.Contains(e.Type, new[] { "agent_of", "assassinated" }));
    }

    [Theory]
    [InlineData(1939, false)]
    [InlineData(1940, true)]
    [InlineData(1960, true)]
    public async Task AsOfAYearAnActCountsFromItsDateOn(int year, bool assassinated)
    {
        var graph = await _client.GetOkAsync<SubgraphResponse>($"/api/entities/mercader/neighbourhood?asOf={year}");

        // The assassination (20 August 1940) counts from then on, long after Trotsky's death; Mercader's service as
        // Stalin's agent, a state of affairs dated 1937~/1940-08-20, holds only within its dates.
        Assert.Equal(assassinated, graph.Links.Any(e => e.Id == "r-mercader-assassinated-trotsky"));
        Assert.Equal(year is >= 1937 and <= 1940, graph.Links.Any(e => e.Id == "r-mercader-agent-of-stalin"));
    }

    [Theory]
    [InlineData(1934, false)]
    [InlineData(1935, true)]
    [InlineData(1936, false)]
    public async Task AsOfAYearAStateOfAffairsCountsOnlyBetweenItsStartAndEnd(int year, bool residing)
    {
        var graph = await _client.GetOkAsync<SubgraphResponse>($"/api/entities/trotsky/neighbourhood?type=resided_in&asOf={year}");

        Assert.Equal(residing, graph.Links.Any(e => e.Id == "r-trotsky-resided-in-france"));
    }

    [Theory]
    [InlineData(1922, false)]
    [InlineData(1937, true)]
    [InlineData(1939, false)]
    public async Task AsOfAYearAStateOfAffairsWithAnUnknownEndHoldsUntilAParticipantEnds(int year, bool leading)
    {
        // Dated "1923/" (the text gives no end): in force from 1923 until the Left Opposition ends (1938-09).
        var graph = await _client.GetOkAsync<SubgraphResponse>($"/api/entities/trotsky/neighbourhood?type=led&asOf={year}");

        Assert.Equal(leading, graph.Links.Any(e => e.Id == "r-trotsky-led-left-opposition"));
    }

    private static void AssertEdgesJoinNodes(SubgraphResponse graph)
    {
        var ids = graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.NotEmpty(graph.Links);
        Assert.All(graph.Links, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target), e.Id));
    }
}
