using Prosopograph.Api.Validation;
using Prosopograph.Graph;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Api.Relations;

public static class AllRelations
{
    /// <summary>
    /// Every relation matching the filter, fetched page by page: stores take only validated page sizes, and an
    /// entity's relations are answered whole, not truncated at an arbitrary limit.
    /// </summary>
    public static async Task<IReadOnlyList<RelationView>> QueryAllRelationsAsync(
        this IGraphStore store, RelationFilter filter, CancellationToken cancellationToken)
    {
        var all = new List<RelationView>();
        Page<RelationView> page;
        do
        {
            page = await store.QueryRelationsAsync(filter with { Limit = Paging.MaxLimit, Offset = all.Count }, cancellationToken);
            all.AddRange(page.Items);
        }
        while (page.Items.Count > 0 && all.Count < page.Total);

        return all;
    }
}
