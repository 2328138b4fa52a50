namespace Prosopograph.Graph.Search;

/// <summary>
/// Ranks a name against a query, both normalised: exact, then prefix (of the name or of any of its words),
/// then substring, then fuzzy (a small edit distance to the name or one of its words, transpositions counting
/// one, so <c>trotksy</c> finds Trotsky and <c>Siqueiros</c> finds the text's <c>Siqueriros</c>).
/// </summary>
public static class NameMatcher
{
    public static MatchRank Rank(string normalizedQuery, string normalizedName)
    {
        if (normalizedQuery.Length == 0)
        {
            return MatchRank.None;
        }

        if (normalizedName == normalizedQuery)
        {
            return MatchRank.Exact;
        }

        var words = normalizedName.Split(' ');
        if (normalizedName.StartsWith(normalizedQuery, StringComparison.Ordinal) ||
            words.Any(w => w.StartsWith(normalizedQuery, StringComparison.Ordinal)))
        {
            return MatchRank.Prefix;
        }

        if (normalizedName.Contains(normalizedQuery, StringComparison.Ordinal))
        {
            return MatchRank.Substring;
        }

        var budget = AllowedEdits(normalizedQuery.Length);
        if (budget > 0 && (EditDistance.Within(normalizedQuery, normalizedName, budget) ||
            words.Any(w => EditDistance.Within(normalizedQuery, w, budget))))
        {
            return MatchRank.Fuzzy;
        }

        return MatchRank.None;
    }

    public static MatchRank BestRank(string normalizedQuery, IEnumerable<string> names) =>
        names.Select(n => Rank(normalizedQuery, NameNormalizer.Normalize(n))).DefaultIfEmpty(MatchRank.None).Max();

    // Short queries get no fuzziness: two edits turn "Marx" into half the corpus.
    private static int AllowedEdits(int length) => length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };
}
