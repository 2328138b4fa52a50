namespace Prosopograph.Graph.Embedded.Search;

/// <summary>
/// Which entities hold a name containing a text, from postings of the two- and three-letter pieces of every folded
/// name (spaces included, so pieces across words count). A name contains the text only if it holds every piece of it,
/// so the intersection of the pieces' postings is a superset of the answer that the ranking then checks.
/// </summary>
internal sealed class SubstringIndex
{
    private readonly Dictionary<ulong, int[]> _postings;

    public SubstringIndex(IReadOnlyList<IReadOnlyList<string>> namesByEntity)
    {
        var building = new Dictionary<ulong, List<int>>();
        for (var entity = 0; entity < namesByEntity.Count; entity++)
        {
            foreach (var name in namesByEntity[entity])
            {
                for (var length = 2; length <= 3; length++)
                {
                    for (var at = 0; at + length <= name.Length; at++)
                    {
                        var key = Key(name.AsSpan(at, length));
                        if (!building.TryGetValue(key, out var posting))
                        {
                            building[key] = posting = [];
                        }

                        // Entities are visited in order, so a repeat can only be the last one added.
                        if (posting.Count == 0 || posting[^1] != entity)
                        {
                            posting.Add(entity);
                        }
                    }
                }
            }
        }

        _postings = building.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public int PostingCount => _postings.Values.Sum(p => p.Length);

    public int KeyCount => _postings.Count;

    /// <summary>
    /// The entities (ascending) that may hold a name containing <paramref name="text"/>; null when one letter is
    /// asked for, which nearly every name contains, so every entity is a candidate.
    /// </summary>
    public int[]? Candidates(string text)
    {
        if (text.Length < 2)
        {
            return null;
        }

        if (text.Length == 2)
        {
            return _postings.GetValueOrDefault(Key(text), []);
        }

        var postings = new List<int[]>(text.Length - 2);
        for (var at = 0; at + 3 <= text.Length; at++)
        {
            if (!_postings.TryGetValue(Key(text.AsSpan(at, 3)), out var posting))
            {
                return [];
            }

            postings.Add(posting);
        }

        // Shortest first: the running intersection never grows, so starting small keeps every step cheap.
        postings.Sort((a, b) => a.Length.CompareTo(b.Length));
        var result = postings[0];
        foreach (var posting in postings.Skip(1).Distinct())
        {
            result = Postings.Intersect(result, posting);
            if (result.Length == 0)
            {
                break;
            }
        }

        return result;
    }

    private static ulong Key(ReadOnlySpan<char> piece)
    {
        var key = (ulong)piece.Length;
        foreach (var c in piece)
        {
            key = (key << 16) | c;
        }

        return key;
    }
}
