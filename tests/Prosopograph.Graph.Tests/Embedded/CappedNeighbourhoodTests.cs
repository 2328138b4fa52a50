using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Embedded;
using Prosopograph.Graph.Queries;

namespace Prosopograph.Graph.Tests.Embedded;

/// <summary>
/// The capped neighbourhood reads each depth's nodes off sorted neighbour lists and stops at the cap; these check it
/// against the plain definition (every node within depth, sorted, cut) on random graphs with hubs.
/// </summary>
public sealed class CappedNeighbourhoodTests
{
    [Theory]
    [InlineData(1, 1, 5)]
    [InlineData(2, 1, 40)]
    [InlineData(3, 2, 7)]
    [InlineData(4, 2, 60)]
    [InlineData(5, 3, 25)]
    [InlineData(6, 3, 1000)]
    public async Task ACappedNeighbourhoodIsTheWholeOneSortedAndCut(int seed, int depth, int limit)
    {
        var corpus = RandomGraph.Build(seed, entities: 150, relations: 600);
        var store = Loaded(corpus);

        foreach (var start in corpus.Entities.Take(8).Select(e => e.Id))
        {
            var capped = (await store.GetNeighbourhoodAsync(new NeighbourhoodQuery(start, depth, RelationCriteria.All, 1920, Limit: limit)))!;
            var expected = Reference(corpus, start, depth, limit, asOf: 1920);

            Assert.Equal(expected.Nodes, capped.Nodes.Select(n => (n.Id, n.Depth)));
            Assert.Equal(expected.Edges, capped.Edges.Select(e => e.Id));
            Assert.Equal(expected.Truncated, capped.Truncated);
        }
    }

    [Fact]
    public async Task AHubsAnswerHoldsItsFirstNeighboursById()
    {
        var hub = RandomGraph.Person("hub");
        var spokes = Enumerable.Range(0, 3000).Select(i => RandomGraph.Person($"s{i:D4}")).ToList();
        var relations = spokes.Select((s, i) => RandomGraph.Relation($"r{i:D4}", "executed", hub, s, null, Temporality.Point)).ToList();
        var store = Loaded(RandomGraph.Of([hub, .. spokes], relations));

        var graph = (await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("hub", 2, RelationCriteria.All, null, Limit: 4)))!;

        Assert.Equal(["hub", "s0000", "s0001", "s0002"], graph.Nodes.Select(n => n.Id));
        Assert.Equal(["r0000", "r0001", "r0002"], graph.Edges.Select(e => e.Id));
        Assert.True(graph.Truncated);
    }

    [Fact]
    public async Task LinksBeyondFiveTimesTheLimitAreLeftOutByIdAndSaidToBe()
    {
        var (a, b) = (RandomGraph.Person("a"), RandomGraph.Person("b"));
        var relations = Enumerable.Range(0, 12).Select(i => RandomGraph.Relation($"r{i:D2}", "executed", a, b, null, Temporality.Point)).ToList();
        var store = Loaded(RandomGraph.Of([a, b], relations));

        var two = (await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("a", 1, RelationCriteria.All, null, Limit: 2)))!;
        var three = (await store.GetNeighbourhoodAsync(new NeighbourhoodQuery("a", 1, RelationCriteria.All, null, Limit: 3)))!;

        Assert.Equal(relations.Take(10).Select(r => r.Id), two.Edges.Select(e => e.Id));
        Assert.True(two.Truncated);
        Assert.Equal(12, three.Edges.Count);
        Assert.False(three.Truncated);
    }

    private static EmbeddedGraphStore Loaded(CorpusModel corpus)
    {
        var store = new EmbeddedGraphStore();
        store.Load(corpus);
        return store;
    }

    /// <summary>The definition: breadth-first distances over every relation in force, nodes by depth and id, cut.</summary>
    private static (List<(string, int)> Nodes, List<string> Edges, bool Truncated) Reference(CorpusModel corpus, string start, int depth, int limit, int asOf)
    {
        var inForce = corpus.Relations.Where(r => r.Validity.Admits(asOf, includeUndated: true)).ToList();
        var distance = new Dictionary<string, int> { [start] = 0 };
        for (var d = 1; d <= depth; d++)
        {
            var reached = inForce
                .SelectMany(r => new[] { (r.Subject, r.Object), (r.Object, r.Subject) })
                .Where(p => distance.GetValueOrDefault(p.Item1, -1) == d - 1 && !distance.ContainsKey(p.Item2))
                .Select(p => p.Item2)
                .ToList();
            reached.ForEach(id => distance.TryAdd(id, d));
        }

        var nodes = distance.OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToList();
        var kept = nodes.Take(limit).Select(n => n.Key).ToHashSet();
        var edges = inForce.Where(r => kept.Contains(r.Subject) && kept.Contains(r.Object)).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        return (nodes.Take(limit).ToList(), edges.Take(5 * limit).ToList(), nodes.Count > limit || edges.Count > 5 * limit);
    }
}
