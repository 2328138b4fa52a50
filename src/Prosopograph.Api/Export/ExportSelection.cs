using Prosopograph.Corpus.Model;
using Prosopograph.Graph;
using Prosopograph.Graph.Queries;

namespace Prosopograph.Api.Export;

/// <summary>
/// The entities and relations an export holds; every format writes exactly these. An ego network is the store's own
/// neighbourhood answer (the same as /api/entities/{id}/neighbourhood), held as id sets the size of that answer. The
/// whole graph holds no sets (null): every entity and the relations the query selects, tested one at a time as they
/// stream past, so that its memory does not grow with the graph.
/// </summary>
public sealed record ExportSelection(ExportQuery Query, IReadOnlySet<string>? EntityIds, IReadOnlySet<string>? RelationIds)
{
    /// <summary>Null when the ego network's entity is unknown.</summary>
    public static async Task<ExportSelection?> SelectAsync(ExportParameters parameters, IGraphStore store, CancellationToken cancellationToken)
    {
        var query = parameters.ToQuery();
        if (parameters.Entity is not { } entity)
        {
            return new ExportSelection(query, null, null);
        }

        var neighbourhood = new NeighbourhoodQuery(entity, parameters.Depth ?? 1, query.Criteria, query.AsOf, query.IncludeUndated);
        if (await store.GetNeighbourhoodAsync(neighbourhood, cancellationToken) is not { } subgraph)
        {
            return null;
        }

        return new ExportSelection(
            query,
            subgraph.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal),
            subgraph.Edges.Select(e => e.Id).ToHashSet(StringComparer.Ordinal));
    }

    public bool HoldsEntity(string id) => EntityIds?.Contains(id) ?? true;

    public bool HoldsRelation(string id) => RelationIds?.Contains(id) ?? true;

    /// <summary>The same selection on the corpus's own relations, for the formats written from corpus rows.</summary>
    public Func<Relation, bool> RelationMatcher(Corpus.Model.Vocabulary vocabulary)
    {
        var matches = Query.Matcher(vocabulary);
        return relation => HoldsRelation(relation.Id) && matches(relation);
    }
}
