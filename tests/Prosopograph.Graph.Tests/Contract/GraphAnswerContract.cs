using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Tests.Contract;

public abstract partial class GraphStoreContract
{
    // Trotsky's depth-2 neighbourhood by depth, then id: himself; the Party, the Comintern, Mercader and the USSR;
    // then Bukharin, Lenin and Stalin.
    private static readonly string[] TrotskyToDepthTwo =
        ["trotsky", "bolshevik-party", "comintern", "mercader", "ussr", "bukharin", "lenin", "stalin"];

    [SkippableFact]
    public async Task GraphAnswersLeaveEvidenceAndNotesOutUnlessAsked()
    {
        var store = await StoreAsync();

        var bare = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("trotsky", 2, RelationCriteria.All, null));
        var path = Assert.Single((await store.FindPathsAsync(new PathQuery("mercader", "stalin", 4, RelationCriteria.All, null, 10))).Paths);

        Assert.NotEmpty(bare!.Edges);
        Assert.All(bare.Edges.Concat(path.Edges), e => Assert.True(e.Evidence.Count == 0 && e.Note is null, e.Id));
    }

    [SkippableFact]
    public async Task GraphAnswersAskedForEvidenceCarryWhatTheRelationItselfCarries()
    {
        var store = await StoreAsync();

        var graph = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("trotsky", 2, RelationCriteria.All, null, IncludeEvidence: true));
        var paths = await store.FindPathsAsync(new PathQuery("trotsky", "stalin", 4, RelationCriteria.All, null, 10, IncludeEvidence: true));

        var edges = graph!.Edges.Concat(paths.Paths.SelectMany(p => p.Edges)).ToList();
        Assert.Contains(edges, e => e.Note is not null);
        foreach (var edge in edges)
        {
            var relation = (await store.FindRelationAsync(edge.Id))!;
            Assert.NotEmpty(edge.Evidence);
            Assert.Equal(relation.Evidence, edge.Evidence);
            Assert.Equal(relation.Note, edge.Note);
        }
    }

    [SkippableFact]
    public async Task ACappedNeighbourhoodKeepsTheFirstNodesByDepthThenIdAndSaysItWasCut()
    {
        var store = await StoreAsync();

        var five = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("trotsky", 2, RelationCriteria.All, null, Limit: 5));
        var six = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("trotsky", 2, RelationCriteria.All, null, Limit: 6));
        var one = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("trotsky", 2, RelationCriteria.All, null, Limit: 1));

        Assert.Equal(TrotskyToDepthTwo[..5], five!.Nodes.Select(n => n.Id));
        Assert.Equal(["r02", "r05", "r06", "r10", "r11"], five.Edges.Select(e => e.Id));
        Assert.True(five.Truncated);
        // Bukharin comes in with his expulsion from the Party, the one relation he has with the five above.
        Assert.Equal(["r02", "r05", "r06", "r07", "r10", "r11"], six!.Edges.Select(e => e.Id));
        Assert.Equal(["trotsky"], one!.Nodes.Select(n => n.Id));
        Assert.Empty(one.Edges);
        Assert.True(one.Truncated);
    }

    [SkippableFact]
    public async Task ANeighbourhoodWithinItsLimitIsWholeAndNotTruncated()
    {
        var store = await StoreAsync();

        var exact = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("trotsky", 2, RelationCriteria.All, null, Limit: 8));
        var uncapped = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("trotsky", 2, RelationCriteria.All, null));

        Assert.Equal(TrotskyToDepthTwo, exact!.Nodes.Select(n => n.Id));
        Assert.Equal(["r01", "r02", "r04", "r05", "r06", "r07", "r08", "r09", "r10", "r11", "r12"], exact.Edges.Select(e => e.Id));
        Assert.False(exact.Truncated);
        Assert.False(uncapped!.Truncated);
        Assert.Equal(exact.Edges.Select(e => e.Id), uncapped.Edges.Select(e => e.Id));
    }
}
