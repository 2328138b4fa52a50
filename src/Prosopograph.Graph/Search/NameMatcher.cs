namespace Prosopograph.Graph.Search;

/// <summary>
/// Ranks a name against a query: exact, then whole words of the name (<c>serge</c> in Victor Serge, before the
/// prefix of Sergei Kirov), then prefix (of the name or of any of its words), then substring, then
/// fuzzy (a small edit distance to the name or one of its words, transpositions counting one, so <c>trotksy</c>
/// finds Trotsky and <c>Siqueiros</c> finds the text's <c>Siqueriros</c>). A fuzzy match of a whole name ranks above
/// one of a single word, so the person Trotsky comes before "Assassination of Leon Trotsky".
/// </summary>
public static class NameMatcher
{
    public static MatchRank Rank(SearchQuery query, SearchName name)
    {
        var q = query.Text;
        if (q.Length == 0)
        {
            return MatchRank.None;
        }

        if (name.Text == q)
        {
            return MatchRank.Exact;
        }

        if (HoldsAsWords(name.Text, q))
        {
            return MatchRank.Word;
        }

        if (name.Text.StartsWith(q, StringComparison.Ordinal) || AnyWordStartsWith(name.Words, q))
        {
            return MatchRank.Prefix;
        }

        if (name.Text.Contains(q, StringComparison.Ordinal))
        {
            return MatchRank.Substring;
        }

        var budget = AllowedEdits(q.Length);
        if (budget == 0)
        {
            return MatchRank.None;
        }

        if (IsNear(query, name.Text, name.Signature, budget))
        {
            return MatchRank.Fuzzy;
        }

        for (var i = 0; i < name.Words.Length; i++)
        {
            if (IsNear(query, name.Words[i], name.WordSignatures[i], budget))
            {
                return MatchRank.FuzzyWord;
            }
        }

        return MatchRank.None;
    }

    public static MatchRank BestRank(SearchQuery query, IEnumerable<SearchName> names)
    {
        var best = MatchRank.None;
        foreach (var name in names)
        {
            var rank = Rank(query, name);
            if (rank == MatchRank.Exact)
            {
                return rank;
            }

            if (rank > best)
            {
                best = rank;
            }
        }

        return best;
    }

    // A loop rather than Any(): search ranks every candidate's every name, and a lambda per name adds up.
    private static bool AnyWordStartsWith(string[] words, string query)
    {
        foreach (var word in words)
        {
            if (word.StartsWith(query, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the query occurs in the name starting and ending at word boundaries.</summary>
    private static bool HoldsAsWords(string name, string query)
    {
        for (var at = name.IndexOf(query, StringComparison.Ordinal); at >= 0; at = name.IndexOf(query, at + 1, StringComparison.Ordinal))
        {
            var end = at + query.Length;
            if ((at == 0 || name[at - 1] == ' ') && (end == name.Length || name[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    // The cheap tests (length, letters) rule out nearly every word before the edit distance is computed.
    private static bool IsNear(SearchQuery query, string candidate, uint signature, int budget) =>
        Math.Abs(candidate.Length - query.Text.Length) <= budget &&
        LetterSignature.MayBeWithin(query.Signature, signature, budget) &&
        EditDistance.Within(query.Text, candidate, budget);

    /// <summary>How many edits a fuzzy match of a query this long may take; short queries get none, since two edits turn "Marx" into half the corpus.</summary>
    public static int AllowedEdits(int length) => length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };
}
