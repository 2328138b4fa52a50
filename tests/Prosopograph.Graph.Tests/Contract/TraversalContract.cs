using Prosopograph.Graph.Queries;

namespace Prosopograph.Graph.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task NeighbourhoodHoldsTheEntitiesWithinDepthAndTheRelationsAmongThem()
    {
        var store = await StoreAsync();

        var graph = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("mercader", 1, RelationCriteria.All, null));

        Assert.NotNull(graph);
        Assert.Equal([("mercader", 0), ("stalin", 1), ("trotsky", 1)], graph.Nodes.Select(n => (n.Id, n.Depth)));
        Assert.Equal(["r09", "r10"], graph.Edges.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task NeighbourhoodAsOfAYearKeepsOnlyRelationsInForce()
    {
        var store = await StoreAsync();

        var in1924 = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("stalin", 1, RelationCriteria.All, 1924));
        var in1930 = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("stalin", 1, RelationCriteria.All, 1930));

        // 1924: allied with Kamenev (1923-25) and Bukharin (undated); not yet Bukharin's executioner (1938).
        Assert.Equal(["r03", "r04", "r09", "r12"], in1924!.Edges.Select(e => e.Id));
        Assert.DoesNotContain(in1930!.Nodes, n => n.Id == "kamenev");
    }

    [SkippableFact]
    public async Task NeighbourhoodFollowsOnlyTheGivenTypes()
    {
        var store = await StoreAsync();

        var graph = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("trotsky", 2, new RelationCriteria(Types: new HashSet<string> { "expelled_from" }), null));

        Assert.Equal(["trotsky", "bolshevik-party", "ussr", "bukharin"], graph!.Nodes.Select(n => n.Id));
        Assert.All(graph.Edges, e => Assert.Equal("expelled_from", e.Type));
    }

    [SkippableFact]
    public async Task ShortestPathFromMercaderToStalinHasLengthOne()
    {
        var store = await StoreAsync();

        var path = Assert.Single((await store.FindPathsAsync(new PathQuery("mercader", "stalin", 4, RelationCriteria.All, null, 10, IncludeEvidence: true))).Paths);

        Assert.Equal(1, path.Length);
        Assert.Equal(["mercader", "stalin"], path.Nodes.Select(n => n.Id));
        Assert.Equal("Ramón Mercader, an agent of Stalin", Assert.Single(Assert.Single(path.Edges).Evidence).Quote);
    }

    [SkippableFact]
    public async Task AllShortestPathsComeInRelationIdOrderUpToTheLimit()
    {
        var store = await StoreAsync();

        var all = (await store.FindPathsAsync(new PathQuery("kamenev", "bukharin", 4, RelationCriteria.All, null, 10))).Paths;
        var first = (await store.FindPathsAsync(new PathQuery("kamenev", "bukharin", 4, RelationCriteria.All, null, 1))).Paths;

        Assert.Equal([["r03", "r04"], ["r03", "r08"]], all.Select(p => p.Edges.Select(e => e.Id).ToArray()));
        Assert.Equal(["kamenev", "stalin", "bukharin"], all[0].Nodes.Select(n => n.Id));
        Assert.Equal(["r03", "r04"], Assert.Single(first).Edges.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task PathsRespectMaxLengthTypesAndAsOf()
    {
        var store = await StoreAsync();

        Assert.Empty((await store.FindPathsAsync(new PathQuery("kamenev", "bukharin", 1, RelationCriteria.All, null, 10))).Paths);
        Assert.Empty((await store.FindPathsAsync(new PathQuery("kamenev", "bukharin", 6, RelationCriteria.All, 1930, 10))).Paths);
        var in1924 = (await store.FindPathsAsync(new PathQuery("kamenev", "bukharin", 4, RelationCriteria.All, 1924, 10))).Paths;
        Assert.Equal(["r03", "r04"], Assert.Single(in1924).Edges.Select(e => e.Id));

        // Without the assassination, Trotsky reaches Stalin only in three steps, through Lenin or the Party.
        var notAssassinated = new HashSet<string> { "founded", "criticised", "expelled_from", "allied_with", "executed", "agent_of" };
        var paths = (await store.FindPathsAsync(new PathQuery("trotsky", "stalin", 4, new RelationCriteria(notAssassinated, ExactTypes: true), null, 10))).Paths;
        Assert.Equal([["r02", "r01", "r12"], ["r05", "r07", "r04"], ["r05", "r07", "r08"]], paths.Select(p => p.Edges.Select(e => e.Id).ToArray()));
    }
}
