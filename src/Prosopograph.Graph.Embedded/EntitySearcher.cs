using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Search;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Embedded;

internal static class EntitySearcher
{
    /// <summary>
    /// Without text: every entity (of the kind) by name. With text: only entities one of whose names matches,
    /// best rank first (exact, prefix, substring, fuzzy), then by name and id so that pages are stable.
    /// </summary>
    public static Page<EntitySummary> Search(EmbeddedGraph graph, EntitySearch search)
    {
        var query = search.Text is { } text ? NameNormalizer.Normalize(text) : "";
        var matches = graph.Corpus.Entities
            .Where(e => search.Kind is null || e.Kind == search.Kind)
            .Select(e => (Entity: e, Rank: query.Length == 0 ? MatchRank.Exact : BestRank(graph, e, query)))
            .Where(m => m.Rank != MatchRank.None)
            .OrderByDescending(m => m.Rank)
            .ThenBy(m => m.Entity.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => m.Entity.Id, StringComparer.Ordinal)
            .ToList();
        var items = matches.Skip(search.Offset).Take(search.Limit).Select(m => m.Entity.ToSummary()).ToList();
        return new Page<EntitySummary>(items, matches.Count, search.Limit, search.Offset);
    }

    private static MatchRank BestRank(EmbeddedGraph graph, Entity entity, string query) =>
        graph.SearchNames[entity.Id].Select(name => NameMatcher.Rank(query, name)).DefaultIfEmpty(MatchRank.None).Max();
}
