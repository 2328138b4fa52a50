using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.QueryApi;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    public async Task<Page<RelationView>> QueryRelationsAsync(RelationFilter filter, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["from"] = filter.From,
            ["to"] = filter.To,
            ["asOf"] = filter.AsOf,
            ["includeUndated"] = filter.IncludeUndated,
            ["offset"] = filter.Offset,
            ["limit"] = filter.Limit,
        };
        types.AddCriteria(parameters, filter.Relations);
        var statement = QueryStatements.Relations;
        if (filter.Entity is { } entity)
        {
            // Anchored on the entity so Neo4j starts from its index entry instead of scanning every relationship.
            statement = QueryStatements.RelationsOfEntity;
            parameters["entity"] = entity;
            parameters["direction"] = filter.Direction.ToString().ToLowerInvariant();
            parameters["symmetricTypes"] = types.Symmetric;
        }

        return PageOf(await ReadAsync(statement, parameters, cancellationToken), filter.Limit, filter.Offset);
    }

    public async Task<RelationView?> FindRelationAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(QueryStatements.FindRelation, new() { ["id"] = id }, cancellationToken);
        return result.SingleOrDefault<RelationRecord>("relation")?.ToView(types);
    }

    public async Task<Page<RelationView>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["entity"] = query.Entity,
            ["from"] = query.From,
            ["to"] = query.To,
            ["asOf"] = query.AsOf,
            ["includeUndated"] = query.IncludeUndated,
            ["offset"] = query.Offset,
            ["limit"] = query.Limit,
        };
        types.AddCriteria(parameters, query.Relations);
        var result = await ReadAsync(QueryStatements.Timeline, parameters, cancellationToken);
        return PageOf(result, query.Limit, query.Offset);
    }

    /// <summary>The rows of a paged statement (relations.cypher, timeline.cypher): the total and the page's relations.</summary>
    private Page<RelationView> PageOf(QueryResult result, int limit, int offset)
    {
        var total = result.Column<int>("total").Single();
        var items = result.Column<List<RelationRecord>>("relations").Single().Select(r => r.ToView(types)).ToList();
        return new Page<RelationView>(items, total, limit, offset);
    }

    public async Task<IReadOnlyList<RelationTypeUsage>> GetRelationTypesAsync(CancellationToken cancellationToken = default)
    {
        var counts = (await ReadStatsAsync(cancellationToken)).RelationsByType;
        return snapshots.Current.Vocabulary.RelationTypes
            .Select(t => RelationTypeUsage.Of(t, snapshots.Current.Vocabulary, counts.GetValueOrDefault(t.Id)))
            .ToList();
    }
}
