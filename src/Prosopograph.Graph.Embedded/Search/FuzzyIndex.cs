namespace Prosopograph.Graph.Embedded.Search;

/// <summary>
/// Which entities hold a name or a word within a few edits of a text: a symmetric-deletion index (as in SymSpell)
/// over the first <see cref="PrefixLength"/> letters of every folded name and word.
/// <para>
/// Why it misses nothing: if two strings are within k edits (insertions, deletions, substitutions, adjacent
/// transpositions), then deleting at most k letters from each of their first P letters can make them equal — cut
/// the alignment where it leaves the prefixes and the letters left over on the longer side are paid for by the edits
/// that made it longer. So every term within k edits of the query shares a deletion variant with it, and the shared
/// variants of short prefixes keep the index small (one entry set per distinct prefix, not per name). What the
/// prefix lets through beyond that, the ranking checks and drops.
/// </para>
/// </summary>
internal sealed class FuzzyIndex
{
    public const int PrefixLength = 7;

    // Fuzzy matching starts at 4 letters with 1 edit and allows 2 from 8 (NameMatcher): a term within reach has at
    // least 3 letters, and one reached with 2 edits at least 6.
    private const int ShortestTerm = 3;
    private const int ShortestTermForTwoEdits = 6;

    // For each prefix, by the length of the terms that begin with it (ascending), the entities holding such a term.
    private readonly TermLength[][] _entitiesByPrefix;
    private readonly ulong[] _variantHashes;

    // Parallel to _variantHashes: the prefix number shifted left twice, or'd with the letters deleted (0 to 2).
    private readonly int[] _variantPrefixes;

    public FuzzyIndex(IReadOnlyList<IReadOnlyList<string>> namesByEntity)
    {
        var prefixNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var entitiesByPrefix = new List<SortedDictionary<int, List<int>>>();
        for (var entity = 0; entity < namesByEntity.Count; entity++)
        {
            foreach (var term in namesByEntity[entity].SelectMany(n => n.Split(' ').Prepend(n)).Where(t => t.Length >= ShortestTerm))
            {
                var prefix = term.Length > PrefixLength ? term[..PrefixLength] : term;
                if (!prefixNumbers.TryGetValue(prefix, out var number))
                {
                    prefixNumbers[prefix] = number = entitiesByPrefix.Count;
                    entitiesByPrefix.Add([]);
                }

                // Filed under the term's length too: a term more than k letters longer or shorter than the query
                // cannot be within k edits, however alike their beginnings.
                if (!entitiesByPrefix[number].TryGetValue(term.Length, out var entities))
                {
                    entitiesByPrefix[number][term.Length] = entities = [];
                }

                if (entities.Count == 0 || entities[^1] != entity)
                {
                    entities.Add(entity);
                }
            }
        }

        _entitiesByPrefix = entitiesByPrefix.Select(byLength => byLength.Select(l => new TermLength(l.Key, [.. l.Value])).ToArray()).ToArray();
        var variants = new List<(ulong Hash, int Prefix)>();
        foreach (var (prefix, number) in prefixNumbers)
        {
            var deletions = prefix.Length >= ShortestTermForTwoEdits ? 2 : 1;
            DeletionVariants.Visit(prefix, deletions, (hash, deleted) => variants.Add((hash, (number << 2) | deleted)));
        }

        // Sorted by hash, then by prefix and letters deleted: a lookup is a binary search, and of the repeats of one
        // prefix under one hash (letters repeat, "anna") only the fewest deletions need keeping.
        variants.Sort();
        var kept = variants.Where((v, i) => i == 0 || v.Hash != variants[i - 1].Hash || v.Prefix >> 2 != variants[i - 1].Prefix >> 2).ToList();
        _variantHashes = kept.Select(v => v.Hash).ToArray();
        _variantPrefixes = kept.Select(v => v.Prefix).ToArray();
    }

    public int PrefixCount => _entitiesByPrefix.Length;

    public int VariantCount => _variantHashes.Length;

    public int PostingCount => _entitiesByPrefix.Sum(p => p.Sum(l => l.Entities.Length));

    /// <summary>Adds to <paramref name="candidates"/> every entity with a name or word that may lie within <paramref name="edits"/> of <paramref name="text"/>.</summary>
    public void AddCandidates(string text, int edits, ISet<int> candidates)
    {
        var prefix = text.Length > PrefixLength ? text[..PrefixLength] : text;
        var seen = new HashSet<int>();
        DeletionVariants.Visit(prefix, edits, (hash, _) =>
        {
            var at = LowerBound(hash);
            for (; at < _variantHashes.Length && _variantHashes[at] == hash; at++)
            {
                var number = _variantPrefixes[at] >> 2;
                if ((_variantPrefixes[at] & 3) > edits || !seen.Add(number))
                {
                    continue;
                }

                foreach (var group in _entitiesByPrefix[number])
                {
                    if (Math.Abs(group.Length - text.Length) <= edits)
                    {
                        candidates.UnionWith(group.Entities);
                    }
                }
            }
        });
    }

    private int LowerBound(ulong hash)
    {
        int low = 0, high = _variantHashes.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_variantHashes[middle] < hash)
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

internal readonly record struct TermLength(int Length, int[] Entities);
