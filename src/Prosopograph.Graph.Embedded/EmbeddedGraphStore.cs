using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Embedded;

/// <summary>
/// The in-process store: the corpus held in memory with its indexes. It is the default when no Neo4j server is
/// configured, and the reference for what every other store must answer.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore, IGraphStoreSyncState
{
    private volatile EmbeddedGraph? _graph;

    public bool IsLoaded => _graph is not null;

    public GraphStoreSync Current => new("embedded", _graph?.Corpus.Version, _graph is not null,
        _graph is null ? "The embedded graph store is still loading the corpus." : "The corpus is held in memory; each write swaps it before it is acknowledged.");

    /// <summary>Builds the indexes; until this has run every query answers "unavailable".</summary>
    public void Load(CorpusModel corpus) => _graph = new EmbeddedGraph(corpus);

    private EmbeddedGraph Graph => _graph ?? throw new GraphStoreUnavailableException("The embedded graph store is still loading the corpus.", TimeSpan.FromSeconds(1));

    public Task<Page<EntitySummary>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken = default) =>
        Task.FromResult(EntitySearcher.Search(Graph, search));

    public Task<EntityDetail?> FindEntityAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Graph.EntityDetails.GetValueOrDefault(id));

    public Task<Page<RelationView>> QueryRelationsAsync(RelationFilter filter, CancellationToken cancellationToken = default) =>
        Task.FromResult(RelationPages.Relations(Graph, filter));

    public Task<RelationView?> FindRelationAsync(string id, CancellationToken cancellationToken = default)
    {
        var graph = Graph;
        return Task.FromResult(graph.FindView(id));
    }

    public Task<Subgraph?> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        var graph = Graph;
        var traversal = new Traversal(graph, query.Criteria, query.AsOf, query.IncludeUndated, query.IncludeEvidence);
        return Task.FromResult(graph.Corpus.EntitiesById.ContainsKey(query.EntityId)
            ? new EgoNetwork(traversal).Build(query.EntityId, query.Depth, query.Limit, query.LinkLimit)
            : null);
    }

    public Task<PathSearch> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        var graph = Graph;
        var known = graph.Corpus.EntitiesById.ContainsKey(query.From) && graph.Corpus.EntitiesById.ContainsKey(query.To);
        var traversal = new Traversal(graph, query.Criteria, query.AsOf, query.IncludeUndated, query.IncludeEvidence);
        return Task.FromResult(known ? new ShortestPaths(traversal).Find(query.From, query.To, query.MaxLength, query.Limit) : new PathSearch([]));
    }

    public Task<Page<RelationView>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(RelationPages.Timeline(Graph, query));

    public Task<IReadOnlyList<RelationTypeUsage>> GetRelationTypesAsync(CancellationToken cancellationToken = default)
    {
        var corpus = Graph.Corpus;
        IReadOnlyList<RelationTypeUsage> types = corpus.Vocabulary.RelationTypes
            .Select(t => RelationTypeUsage.Of(t, corpus.Vocabulary, corpus.Relations.Count(r => r.Type == t.Id)))
            .ToList();
        return Task.FromResult(types);
    }

    public Task<IReadOnlyList<DocumentSummary>> GetDocumentsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DocumentSummary>>(Graph.Corpus.Documents.Select(d => d.ToSummary()).ToList());

    public Task<DocumentDetail?> FindDocumentAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Graph.Corpus.DocumentsById.TryGetValue(id, out var document) ? document.ToDetail() : null);

    public Task<IReadOnlyList<MentionView>?> GetMentionsAsync(string documentId, string? entityId, CancellationToken cancellationToken = default)
    {
        var graph = Graph;
        if (!graph.Corpus.DocumentsById.ContainsKey(documentId))
        {
            return Task.FromResult<IReadOnlyList<MentionView>?>(null);
        }

        IReadOnlyList<MentionView> mentions = graph.MentionsByDocument.GetValueOrDefault(documentId, [])
            .Where(m => entityId is null || m.EntityId == entityId)
            .Select(m => new MentionView(graph.Corpus.EntitiesById[m.EntityId].ToRef(), m.Surface, m.Start, m.End))
            .ToList();
        return Task.FromResult<IReadOnlyList<MentionView>?>(mentions);
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var corpus = Graph.Corpus;
        return Task.FromResult(new GraphStats(
            corpus.Version,
            corpus.Documents.Count,
            corpus.Entities.Count,
            corpus.Relations.Count,
            corpus.Mentions.Count,
            CountBy(corpus.Entities.Select(e => e.Kind)),
            CountBy(corpus.Relations.Select(r => r.Type))));
    }

    public GraphExport Export(ExportQuery query) => NodeLinkExport.Build(Graph.Corpus, query);

    private static IReadOnlyDictionary<string, int> CountBy(IEnumerable<string> keys) =>
        keys.GroupBy(k => k).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
}
