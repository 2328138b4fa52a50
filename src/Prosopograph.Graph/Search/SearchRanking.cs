namespace Prosopograph.Graph.Search;

/// <summary>
/// The order every store gives a name search, kept in one place so the stores cannot drift apart: only candidates
/// one of whose names matches, best rank first (exact, prefix, substring, fuzzy), then by name and id so that pages
/// are stable. Without text every candidate matches and the order is by name.
/// </summary>
public static class SearchRanking
{
    public static IReadOnlyList<T> Rank<T>(
        IEnumerable<T> candidates,
        string? text,
        Func<T, IEnumerable<string>> normalizedNames,
        Func<T, string> name,
        Func<T, string> id)
    {
        var query = text is null ? "" : NameNormalizer.Normalize(text);
        return candidates
            .Select(c => (Candidate: c, Rank: query.Length == 0 ? MatchRank.Exact : BestRank(query, normalizedNames(c))))
            .Where(m => m.Rank != MatchRank.None)
            .OrderByDescending(m => m.Rank)
            .ThenBy(m => name(m.Candidate), StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => id(m.Candidate), StringComparer.Ordinal)
            .Select(m => m.Candidate)
            .ToList();
    }

    private static MatchRank BestRank(string query, IEnumerable<string> normalizedNames) =>
        normalizedNames.Select(n => NameMatcher.Rank(query, n)).DefaultIfEmpty(MatchRank.None).Max();
}
