namespace Prosopograph.Graph.Embedded.Search;

/// <summary>Operations on postings: ascending arrays of entity numbers.</summary>
internal static class Postings
{
    public static int[] Intersect(int[] smaller, int[] larger)
    {
        var result = new List<int>(smaller.Length);
        var from = 0;
        foreach (var entity in smaller)
        {
            // Binary search from where the last one was found: the smaller list is often far smaller.
            var at = Array.BinarySearch(larger, from, larger.Length - from, entity);
            if (at >= 0)
            {
                result.Add(entity);
                from = at + 1;
            }
            else
            {
                from = ~at;
            }

            if (from == larger.Length)
            {
                break;
            }
        }

        return [.. result];
    }
}
