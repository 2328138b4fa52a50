namespace Prosopograph.Graph.Search;

/// <summary>
/// The order every store gives a name search, kept in one place so the stores cannot drift apart: only candidates
/// one of whose names matches, best rank first (exact, whole word, prefix, substring, fuzzy); on a tie the shorter
/// name first, because the query is more of it (Victor Serge before Campaign for Victor Serge), then by name and id
/// so that pages are stable. Without text every candidate matches and the order is by name.
/// </summary>
public static class SearchRanking
{
    public static IReadOnlyList<T> Rank<T>(
        IEnumerable<T> candidates,
        string? text,
        Func<T, IEnumerable<SearchName>> names,
        Func<T, string> name,
        Func<T, string> id)
    {
        var query = new SearchQuery(text ?? "");
        return candidates
            .Select(c => (Candidate: c, Rank: query.IsEmpty ? MatchRank.Exact : NameMatcher.BestRank(query, names(c))))
            .Where(m => m.Rank != MatchRank.None)
            .OrderByDescending(m => m.Rank)
            .ThenBy(m => query.IsEmpty ? 0 : name(m.Candidate).Length)
            .ThenBy(m => name(m.Candidate), StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => id(m.Candidate), StringComparer.Ordinal)
            .Select(m => m.Candidate)
            .ToList();
    }
}
