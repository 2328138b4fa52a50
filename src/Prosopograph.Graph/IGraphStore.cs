using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph;

/// <summary>
/// The questions Prosopograph answers, whatever holds the graph. The embedded store and the Neo4j store both
/// implement it and both pass the same contract suite, so an endpoint never knows which one it talks to.
/// Queries arrive validated (limits in range, kinds and types known); an unknown id gives null, not an exception.
/// </summary>
public interface IGraphStore
{
    Task<Page<EntitySummary>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken = default);

    Task<EntityDetail?> FindEntityAsync(string id, CancellationToken cancellationToken = default);

    Task<Page<RelationView>> QueryRelationsAsync(RelationFilter filter, CancellationToken cancellationToken = default);

    Task<RelationView?> FindRelationAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The ego network of an entity, capped by the query's limit; null when the entity is unknown.</summary>
    Task<Subgraph?> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default);

    /// <summary>The shortest paths between two known entities; empty when none fits the query (or, truncated, none was found in budget).</summary>
    Task<PathSearch> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>One page of the timeline, with the total; a page costs its size where the store has an index for the filters.</summary>
    Task<Page<RelationView>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<RelationTypeUsage>> GetRelationTypesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DocumentSummary>> GetDocumentsAsync(CancellationToken cancellationToken = default);

    Task<DocumentDetail?> FindDocumentAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The mentions in a document, optionally of one entity; null when the document is unknown.</summary>
    Task<IReadOnlyList<MentionView>?> GetMentionsAsync(string documentId, string? entityId, CancellationToken cancellationToken = default);

    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Every entity, then the relations the query selects, in corpus order, as streams read page by page while they
    /// are enumerated: memory stays flat however large the graph.
    /// </summary>
    GraphExport Export(ExportQuery query);
}
