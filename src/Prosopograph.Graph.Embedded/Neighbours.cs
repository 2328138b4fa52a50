using System.Collections.Frozen;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Embedded;

/// <summary>One end of a relation as seen from the other: the entity it leads to, and the relation.</summary>
internal readonly record struct Neighbour(string Id, Relation Relation);

/// <summary>
/// Each entity's relations sorted by the entity at their other end, then by relation id. A capped neighbourhood
/// wants the nodes of each depth in id order, so it reads the first few neighbours of a hub off the front of this
/// list (a merge over the entities of the level above) instead of walking the hub's tens of thousands of relations;
/// and it finds the relations between two kept entities by binary search.
/// </summary>
internal static class Neighbours
{
    public static FrozenDictionary<string, Neighbour[]> Index(FrozenDictionary<string, Relation[]> adjacency) =>
        adjacency.ToFrozenDictionary(
            a => a.Key,
            a => a.Value
                .Select(r => new Neighbour(r.Other(a.Key), r))
                .OrderBy(n => n.Id, StringComparer.Ordinal)
                .ThenBy(n => n.Relation.Id, StringComparer.Ordinal)
                .ToArray());

    /// <summary>The index of the first neighbour whose id is not before <paramref name="id"/>.</summary>
    public static int LowerBound(this Neighbour[] neighbours, string id)
    {
        var (low, high) = (0, neighbours.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(neighbours[middle].Id, id) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
