namespace Prosopograph.Graph.Neo4j.Store;

/// <summary>Orders paths by their relation ids compared element by element (ordinal), the embedded store's path order.</summary>
internal sealed class RelationIdSequence : IComparer<IReadOnlyList<string>>
{
    public static readonly RelationIdSequence Comparer = new();

    public int Compare(IReadOnlyList<string>? x, IReadOnlyList<string>? y)
    {
        x ??= [];
        y ??= [];
        for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
        {
            var byId = string.CompareOrdinal(x[i], y[i]);
            if (byId != 0)
            {
                return byId;
            }
        }

        return x.Count.CompareTo(y.Count);
    }
}
