using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Embedded;

internal static class EntitySearcher
{
    /// <summary>Every entity (of the kind) whose names match, in the shared SearchRanking order, one page of it.</summary>
    public static Page<EntitySummary> Search(EmbeddedGraph graph, EntitySearch search)
    {
        var matches = graph.SearchIndex.Matches(search.Text, search.Kind);
        var items = matches.Skip(search.Offset).Take(search.Limit).Select(e => graph.Summaries[e.Id]).ToList();
        return new Page<EntitySummary>(items, matches.Count, search.Limit, search.Offset);
    }
}
