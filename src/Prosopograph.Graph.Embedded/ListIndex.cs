using System.Collections.Frozen;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Embedded;

/// <summary>
/// Pages of relations in list order (the dated ones in timeline order, then the undated by id) read straight off
/// sorted arrays, for the lists that filter by type alone or not at all: such a page costs its size, not the corpus's.
/// Each type keeps the positions of its relations in the list order; the timeline is the dated part in front.
/// </summary>
internal sealed class ListIndex
{
    private readonly Relation[] _listOrder;
    private readonly int _datedCount;
    private readonly FrozenDictionary<string, int[]> _positionsByType;

    public ListIndex(Relation[] listOrder)
    {
        _listOrder = listOrder;
        _datedCount = listOrder.TakeWhile(r => r.Anchor is not null).Count();
        _positionsByType = listOrder
            .Select((relation, position) => (relation.Type, position))
            .GroupBy(p => p.Type)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.position).ToArray());
    }

    /// <summary>
    /// The relations of <paramref name="types"/> (null: every type), only the dated ones if <paramref name="datedOnly"/>,
    /// from <paramref name="offset"/> on, at most <paramref name="limit"/>; and how many there are in all. Several
    /// types are merged up to the page's end, so their page costs its offset too.
    /// </summary>
    public (IReadOnlyList<Relation> Items, int Total) Page(IReadOnlySet<string>? types, bool datedOnly, int offset, int limit)
    {
        var end = datedOnly ? _datedCount : _listOrder.Length;
        if (types is null)
        {
            return (offset >= end ? [] : _listOrder.AsSpan(offset, Math.Min(limit, end - offset)).ToArray(), end);
        }

        var lists = types
            .Select(t => _positionsByType.GetValueOrDefault(t, []))
            .Select(positions => new ArraySegment<int>(positions, 0, CountBelow(positions, end)))
            .Where(positions => positions.Count > 0)
            .ToArray();
        var total = lists.Sum(p => p.Count);
        var positions = lists.Length == 1 ? lists[0] : Merge(lists);
        return (Slice(positions, total, offset, limit), total);
    }

    private List<Relation> Slice(IEnumerable<int> positions, int total, int offset, int limit) =>
        offset >= total ? [] : positions is IList<int> list
            ? Enumerable.Range(offset, Math.Min(limit, total - offset)).Select(i => _listOrder[list[i]]).ToList()
            : positions.Skip(offset).Take(limit).Select(p => _listOrder[p]).ToList();

    /// <summary>Ascending positions from several ascending lists, lazily.</summary>
    private static IEnumerable<int> Merge(ArraySegment<int>[] lists)
    {
        var queue = new PriorityQueue<(int List, int Index), int>();
        for (var i = 0; i < lists.Length; i++)
        {
            queue.Enqueue((i, 0), lists[i][0]);
        }

        while (queue.TryDequeue(out var at, out var position))
        {
            yield return position;
            if (at.Index + 1 < lists[at.List].Count)
            {
                queue.Enqueue((at.List, at.Index + 1), lists[at.List][at.Index + 1]);
            }
        }
    }

    private static int CountBelow(int[] positions, int end)
    {
        var index = Array.BinarySearch(positions, end);
        return index >= 0 ? index : ~index;
    }
}
