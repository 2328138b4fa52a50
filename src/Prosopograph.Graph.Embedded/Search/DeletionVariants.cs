namespace Prosopograph.Graph.Embedded.Search;

/// <summary>
/// The strings a word becomes when up to two of its letters are deleted, visited as 64-bit FNV-1a hashes rather than
/// built: the index stores only hashes, and a collision merely adds a candidate that the ranking drops.
/// </summary>
internal static class DeletionVariants
{
    public static void Visit(string word, int maxDeletions, Action<ulong, int> visit)
    {
        visit(Hash(word, -1, -1), 0);
        if (maxDeletions < 1)
        {
            return;
        }

        for (var i = 0; i < word.Length; i++)
        {
            visit(Hash(word, i, -1), 1);
            if (maxDeletions < 2)
            {
                continue;
            }

            for (var j = i + 1; j < word.Length; j++)
            {
                visit(Hash(word, i, j), 2);
            }
        }
    }

    private static ulong Hash(string word, int skip, int skipToo)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < word.Length; i++)
        {
            if (i == skip || i == skipToo)
            {
                continue;
            }

            hash = (hash ^ word[i]) * 1099511628211UL;
        }

        return hash;
    }
}
