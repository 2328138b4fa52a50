using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Search;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Embedded;

internal static class EntitySearcher
{
    /// <summary>Every entity (of the kind) whose names match, in the shared <see cref="SearchRanking"/> order, one page of it.</summary>
    public static Page<EntitySummary> Search(EmbeddedGraph graph, EntitySearch search)
    {
        var matches = SearchRanking.Rank(
            graph.Corpus.Entities.Where(e => search.Kind is null || e.Kind == search.Kind),
            search.Text,
            e => graph.SearchNames[e.Id],
            e => e.Name,
            e => e.Id);
        var items = matches.Skip(search.Offset).Take(search.Limit).Select(e => graph.Summaries[e.Id]).ToList();
        return new Page<EntitySummary>(items, matches.Count, search.Limit, search.Offset);
    }
}
