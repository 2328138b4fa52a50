using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Embedded;
using Prosopograph.Graph.Queries;

namespace Prosopograph.Graph.Tests.Embedded;

/// <summary>
/// The bidirectional, budgeted path search against the definition (every simple path, the shortest kept, in
/// relation id order) on random graphs, and what it says when the budget runs out.
/// </summary>
public sealed class BoundedPathSearchTests
{
    [Theory]
    [InlineData(11, 3, 10)]
    [InlineData(12, 4, 3)]
    [InlineData(13, 4, 100)]
    [InlineData(14, 2, 1)]
    public async Task PathsAreTheShortestSimplePathsInRelationIdOrder(int seed, int maxLength, int limit)
    {
        var corpus = RandomGraph.Build(seed, entities: 40, relations: 70, hubs: 1);
        var store = new EmbeddedGraphStore();
        store.Load(corpus);
        var ids = corpus.Entities.Select(e => e.Id).ToList();
        var joined = 0;

        for (var i = 0; i < 30; i++)
        {
            var (from, to) = (ids[(i * 7) % ids.Count], ids[(i * 13 + 5) % ids.Count]);
            var found = await store.FindPathsAsync(new PathQuery(from, to, maxLength, RelationCriteria.All, null, limit));

            Assert.False(found.Truncated);
            Assert.Equal(Reference(corpus, from, to, maxLength, limit), found.Paths.Select(p => string.Join(' ', p.Edges.Select(e => e.Id))));
            joined += found.Paths.Count > 0 && from != to ? 1 : 0;
        }

        // Most pairs are joined, so the comparison is mostly of real paths, not of two empty lists.
        Assert.True(joined >= 10, $"only {joined} of 30 pairs joined");
    }

    [Fact]
    public void ASearchThatRunsOutOfBudgetSaysItIsTruncated()
    {
        var corpus = RandomGraph.Build(21, entities: 200, relations: 800);
        var traversal = new Traversal(new EmbeddedGraph(corpus), RelationCriteria.All, null, includeUndated: true, includeEvidence: false);
        var (from, to) = (corpus.Entities[150].Id, corpus.Entities[199].Id);

        var unbounded = new ShortestPaths(traversal).Find(from, to, 6, 100);
        var starved = new ShortestPaths(traversal, visitBudget: 20).Find(from, to, 6, 100);

        Assert.NotEmpty(unbounded.Paths);
        Assert.False(unbounded.Truncated);
        Assert.True(starved.Truncated);
        Assert.True(starved.Paths.Count < unbounded.Paths.Count);
        Assert.Equal(unbounded.Paths.Take(starved.Paths.Count).Select(p => p.Edges[0].Id), starved.Paths.Select(p => p.Edges[0].Id));
    }

    /// <summary>Every simple path of at most maxLength, walked with relations in id order; the shortest, the first limit.</summary>
    private static List<string> Reference(CorpusModel corpus, string from, string to, int maxLength, int limit)
    {
        var byEntity = corpus.Relations
            .SelectMany(r => new[] { (Id: r.Subject, Relation: r), (Id: r.Object, Relation: r) })
            .ToLookup(p => p.Id, p => p.Relation);
        var found = new List<List<Relation>>();
        var path = new List<Relation>();
        var visited = new HashSet<string> { from };
        Walk(from);
        var shortest = found.Count == 0 ? 0 : found.Min(p => p.Count);
        return found.Where(p => p.Count == shortest).Take(limit).Select(p => string.Join(' ', p.Select(r => r.Id))).ToList();

        void Walk(string current)
        {
            if (current == to)
            {
                found.Add([.. path]);
                return;
            }

            if (path.Count == maxLength)
            {
                return;
            }

            foreach (var relation in byEntity[current].OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                var next = relation.Subject == current ? relation.Object : relation.Subject;
                if (visited.Add(next))
                {
                    path.Add(relation);
                    Walk(next);
                    path.RemoveAt(path.Count - 1);
                    visited.Remove(next);
                }
            }
        }
    }
}
