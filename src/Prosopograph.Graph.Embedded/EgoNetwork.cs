using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Embedded;

/// <summary>
/// An entity's neighbourhood, capped: nodes by depth, then id, the first <c>limit</c> kept; the followed relations
/// among them by id, the first <c>linkLimit</c> kept. Each depth's nodes come in id order from a merge of the sorted
/// neighbour lists of the depth above (<see cref="Neighbours"/>), which stops once the cap is reached, so a hub's
/// answer costs about its size rather than the hub's degree.
/// </summary>
internal sealed class EgoNetwork(Traversal traversal)
{
    private readonly Dictionary<string, int> _depths = new(StringComparer.Ordinal);

    public Subgraph Build(string start, int maxDepth, int? limit, int? linkLimit)
    {
        var cap = limit ?? int.MaxValue;
        var kept = new List<string> { start };
        _depths[start] = 0;
        var frontier = kept.ToList();
        var truncated = false;
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0 && !truncated; depth++)
        {
            var room = cap - kept.Count;
            // One more than there is room for, to tell whether the cap left a node out.
            var next = NextLevel(frontier, limit is null ? int.MaxValue : room + 1);
            truncated = next.Count > room;
            next = next.Take(room).ToList();
            next.ForEach(id => _depths[id] = depth);
            kept.AddRange(next);
            frontier = next;
        }

        var edges = EdgesAmong(kept).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var shown = linkLimit is { } most && edges.Count > most ? edges.Take(most).ToList() : edges;
        return new Subgraph(
            kept.Select(id => traversal.Node(id, _depths[id])).ToList(),
            shown.Select(traversal.Edge).ToList(),
            truncated || shown.Count < edges.Count);
    }

    /// <summary>The entities one hop beyond <paramref name="frontier"/> not seen before, in id order, at most <paramref name="wanted"/>.</summary>
    private List<string> NextLevel(List<string> frontier, int wanted)
    {
        var lists = frontier.Select(id => traversal.Graph.NeighboursOf(id)).ToArray();
        var positions = new int[lists.Length];
        var queue = new PriorityQueue<int, string>(StringComparer.Ordinal);
        for (var i = 0; i < lists.Length; i++)
        {
            Advance(i);
        }

        var found = new List<string>();
        while (found.Count < wanted && queue.TryDequeue(out var list, out var id))
        {
            // The merge yields ids in order, so an entity reached from several entities above comes out in a row.
            if (found.Count == 0 || found[^1] != id)
            {
                found.Add(id);
            }

            positions[list]++;
            Advance(list);
        }

        return found;

        void Advance(int list)
        {
            var neighbours = lists[list];
            ref var position = ref positions[list];
            while (position < neighbours.Length && (_depths.ContainsKey(neighbours[position].Id) || !traversal.Follows(neighbours[position].Relation)))
            {
                position++;
            }

            if (position < neighbours.Length)
            {
                queue.Enqueue(list, neighbours[position].Id);
            }
        }
    }

    /// <summary>
    /// Every followed relation between two kept entities, each once: from its end with fewer relations (then the
    /// smaller id). That end reads its neighbour list whole, or, when cheaper, searches it for each kept entity with
    /// more relations; a hub, which has the most, then has nothing to search for, and never reads its list.
    /// </summary>
    private IEnumerable<Relation> EdgesAmong(List<string> kept)
    {
        var ranked = kept
            .OrderBy(id => traversal.Graph.NeighboursOf(id).Length)
            .ThenBy(id => id, StringComparer.Ordinal)
            .ToArray();
        var rank = ranked.Select((id, index) => (id, index)).ToDictionary(r => r.id, r => r.index, StringComparer.Ordinal);
        for (var index = 0; index < ranked.Length; index++)
        {
            var neighbours = traversal.Graph.NeighboursOf(ranked[index]);
            var after = ranked.Length - index;
            var candidates = neighbours.Length * 3 <= after * Math.Log2(neighbours.Length + 1)
                ? neighbours.Where(n => rank.GetValueOrDefault(n.Id, -1) >= index)
                : ranked.Skip(index).SelectMany(other => Between(neighbours, other));
            foreach (var neighbour in candidates.Where(n => traversal.Follows(n.Relation)))
            {
                yield return neighbour.Relation;
            }
        }
    }

    private static IEnumerable<Neighbour> Between(Neighbour[] neighbours, string other)
    {
        for (var i = neighbours.LowerBound(other); i < neighbours.Length && neighbours[i].Id == other; i++)
        {
            yield return neighbours[i];
        }
    }
}
