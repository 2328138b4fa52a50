using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Embedded;

/// <summary>
/// All shortest paths between two entities, at most <c>limit</c>, in the order of their relation ids compared element
/// by element. A bidirectional breadth-first search, widening whichever side has the fewer relations to read, finds
/// the length; the paths are then walked from the start with edges in id order, which yields exactly that order, so
/// the walk stops at the limit. Every relation read counts against <see cref="VisitBudget"/>: on a corpus where two
/// entities are joined only through hubs the search gives up rather than read the whole graph, and says so.
/// </summary>
internal sealed class ShortestPaths(Traversal traversal, int visitBudget = ShortestPaths.VisitBudget)
{
    /// <summary>Relations read per search; about 20 ms on the 2-core reference machine (docs/api.md#paths).</summary>
    public const int VisitBudget = 400_000;

    private int _visits;

    public PathSearch Find(string from, string to, int maxLength, int limit)
    {
        var forward = new Search(from);
        var backward = new Search(to);
        var met = from == to;
        while (!met)
        {
            if (forward.Radius + backward.Radius >= maxLength)
            {
                return new PathSearch([]);
            }

            var (side, other) = forward.Cost(traversal) <= backward.Cost(traversal) ? (forward, backward) : (backward, forward);
            switch (side.Widen(traversal, ref _visits, visitBudget))
            {
                case null:
                    return new PathSearch([], Truncated: true);
                case false:
                    return new PathSearch([]);
            }

            // Levels are widened whole, so the first depth where the two searches meet gives the shortest length.
            met = side.Levels[^1].Any(other.Depths.ContainsKey);
        }

        var length = forward.Radius + backward.Radius;
        var onPaths = OnShortestPaths(forward, backward);
        if (onPaths is null)
        {
            return new PathSearch([], Truncated: true);
        }

        var paths = new List<GraphPath>();
        var nodes = new List<string> { from };
        var edges = new List<Relation>();
        var complete = Walk(from);
        return new PathSearch(paths, Truncated: !complete);

        // False when the budget ran out; the paths found by then are the first ones, in order.
        bool Walk(string current)
        {
            if (paths.Count >= limit)
            {
                return true;
            }

            var step = nodes.Count;
            if (step - 1 == length)
            {
                paths.Add(new GraphPath(edges.Count, nodes.Select(traversal.Node).ToList(), edges.Select(traversal.Edge).ToList()));
                return true;
            }

            foreach (var relation in traversal.Graph.RelationsOf(current))
            {
                if (++_visits > visitBudget)
                {
                    return false;
                }

                var next = relation.Other(current);
                var onAPath = step <= forward.Radius
                    ? onPaths[step].Contains(next)
                    : backward.Depths.GetValueOrDefault(next, -1) == length - step;
                if (onAPath && traversal.Follows(relation))
                {
                    nodes.Add(next);
                    edges.Add(relation);
                    var finished = Walk(next);
                    nodes.RemoveAt(nodes.Count - 1);
                    edges.RemoveAt(edges.Count - 1);
                    if (!finished)
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }

    /// <summary>
    /// For each depth the forward search reached, the entities there that lie on a shortest path: at its last depth
    /// those the backward search reached at the remaining distance, and above it those with a relation to one below.
    /// Null when the budget ran out.
    /// </summary>
    private List<HashSet<string>>? OnShortestPaths(Search forward, Search backward)
    {
        var onPaths = new List<HashSet<string>>(forward.Levels.Select(_ => new HashSet<string>(StringComparer.Ordinal)));
        onPaths[^1].UnionWith(forward.Levels[^1].Where(id => backward.Depths.GetValueOrDefault(id, -1) == backward.Radius));
        for (var depth = forward.Radius - 1; depth >= 0; depth--)
        {
            foreach (var id in forward.Levels[depth])
            {
                var relations = traversal.Graph.RelationsOf(id);
                if ((_visits += relations.Count) > visitBudget)
                {
                    return null;
                }

                if (relations.Any(r => onPaths[depth + 1].Contains(r.Other(id)) && traversal.Follows(r)))
                {
                    onPaths[depth].Add(id);
                }
            }
        }

        return onPaths;
    }

    /// <summary>One side of the search: the depth of every entity it reached, and the entities of each depth.</summary>
    private sealed class Search(string origin)
    {
        public Dictionary<string, int> Depths { get; } = new(StringComparer.Ordinal) { [origin] = 0 };

        public List<List<string>> Levels { get; } = [[origin]];

        public int Radius => Levels.Count - 1;

        public long Cost(Traversal traversal) => Levels[^1].Sum(id => (long)traversal.Graph.RelationsOf(id).Count);

        /// <summary>Reaches one depth further: false when nothing new was reached, null when the budget ran out.</summary>
        public bool? Widen(Traversal traversal, ref int visits, int budget)
        {
            var next = new List<string>();
            foreach (var id in Levels[^1])
            {
                var relations = traversal.Graph.RelationsOf(id);
                if ((visits += relations.Count) > budget)
                {
                    return null;
                }

                foreach (var relation in relations.Where(traversal.Follows))
                {
                    var reached = relation.Other(id);
                    if (Depths.TryAdd(reached, Levels.Count))
                    {
                        next.Add(reached);
                    }
                }
            }

            Levels.Add(next);
            return next.Count > 0;
        }
    }
}
