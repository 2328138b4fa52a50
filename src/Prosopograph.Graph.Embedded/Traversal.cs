using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Embedded;

/// <summary>Walks the graph ignoring direction: a path through "Mercader agent of Stalin" goes both ways.</summary>
internal sealed class Traversal(EmbeddedGraph graph, RelationCriteria criteria, int? asOf, bool includeUndated)
{
    private readonly Func<Relation, bool> _selected = criteria.Matcher(graph.Corpus.Vocabulary);

    private IEnumerable<Relation> Edges(string entityId) =>
        graph.RelationsOf(entityId).Where(r => _selected(r) && r.InForce(asOf, includeUndated));

    /// <summary>Hop distance from <paramref name="start"/> to every entity within <paramref name="maxDepth"/>.</summary>
    public Dictionary<string, int> Distances(string start, int maxDepth)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [start] = 0 };
        var frontier = new List<string> { start };
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var relation in frontier.SelectMany(id => Edges(id).Select(r => r.Other(id))))
            {
                if (distance.TryAdd(relation, depth))
                {
                    next.Add(relation);
                }
            }

            frontier = next;
        }

        return distance;
    }

    /// <summary>The entities within <paramref name="depth"/> hops and every selected relation among them.</summary>
    public Subgraph Neighbourhood(string start, int depth)
    {
        var distance = Distances(start, depth);
        var corpus = graph.Corpus;
        var nodes = distance
            .OrderBy(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => corpus.EntitiesById[d.Key].ToNode(d.Value))
            .ToList();
        var edges = distance.Keys
            .SelectMany(Edges)
            .Where(r => distance.ContainsKey(r.Subject) && distance.ContainsKey(r.Object))
            .DistinctBy(r => r.Id)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(graph.View)
            .ToList();
        return new Subgraph(nodes, edges);
    }

    /// <summary>
    /// All shortest paths, at most <paramref name="limit"/>, in the order of their relation ids compared
    /// element by element. Walking edges in id order yields exactly that order, so enumeration stops at the limit.
    /// </summary>
    public IReadOnlyList<GraphPath> ShortestPaths(string from, string to, int maxLength, int limit)
    {
        var fromStart = Distances(from, maxLength);
        if (!fromStart.TryGetValue(to, out var length))
        {
            return [];
        }

        var toEnd = Distances(to, length);
        var paths = new List<GraphPath>();
        var nodes = new List<string> { from };
        var edges = new List<Relation>();
        Walk(from);
        return paths;

        void Walk(string current)
        {
            if (paths.Count >= limit)
            {
                return;
            }

            if (current == to)
            {
                paths.Add(ToPath(nodes, edges));
                return;
            }

            var step = nodes.Count;
            foreach (var relation in Edges(current))
            {
                var next = relation.Other(current);
                if (fromStart.GetValueOrDefault(next, -1) == step && toEnd.GetValueOrDefault(next, -1) == length - step)
                {
                    nodes.Add(next);
                    edges.Add(relation);
                    Walk(next);
                    nodes.RemoveAt(nodes.Count - 1);
                    edges.RemoveAt(edges.Count - 1);
                }
            }
        }
    }

    private GraphPath ToPath(List<string> nodes, List<Relation> edges) => new(
        edges.Count,
        nodes.Select((id, depth) => graph.Corpus.EntitiesById[id].ToNode(depth)).ToList(),
        edges.Select(graph.View).ToList());
}
