using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var stats = await ReadStatsAsync(cancellationToken);
        return new GraphStats(
            snapshots.Current.Version,
            stats.Documents,
            stats.EntitiesByKind.Values.Sum(),
            stats.RelationsByType.Values.Sum(),
            stats.Mentions,
            stats.EntitiesByKind,
            stats.RelationsByType);
    }

    /// <summary>Node-link JSON for networkx, nodes and links in corpus order like the embedded store's export.</summary>
    public async Task<GraphExport> ExportAsync(RelationCriteria criteria, CancellationToken cancellationToken = default)
    {
        var entities = await ReadAsync(QueryStatements.ExportEntities, [], cancellationToken);
        var parameters = new Dictionary<string, object?>();
        types.AddCriteria(parameters, criteria);
        var relations = await ReadAsync(QueryStatements.ExportRelations, parameters, cancellationToken);
        return new GraphExport(
            Directed: true,
            Multigraph: true,
            Graph: new Dictionary<string, string> { ["name"] = "Prosopograph", ["version"] = snapshots.Current.Version },
            Nodes: entities.Column<EntityRecord>("entity").Select(e => new ExportNode(e.Id, e.Kind, e.Name, e.AliasViews(), e.Notes, e.ExistenceView())).ToList(),
            Links: relations.Column<RelationRecord>("relation").Select(r => new ExportLink(
                r.Id, r.Source.Id, r.Target.Id, types.ToId(r.Type), r.DateView(), r.ValidityView(),
                new LinkVoice(r.ClaimSource, r.AttributedTo, r.Stance, r.DisputedBy), r.Evidence(), r.Note)).ToList());
    }

    private async Task<StatsRecord> ReadStatsAsync(CancellationToken cancellationToken)
    {
        var result = await ReadAsync(QueryStatements.Stats, [], cancellationToken);
        return new StatsRecord(
            result.Column<int>("documents").Single(),
            result.Column<int>("mentions").Single(),
            Ordered(result.Column<List<CountRecord>>("entitiesByKind").Single(), key => key),
            Ordered(result.Column<List<CountRecord>>("relationsByType").Single(), types.ToId));
    }

    private static IReadOnlyDictionary<string, int> Ordered(IEnumerable<CountRecord> counts, Func<string, string> key) =>
        counts.Select(c => (Key: key(c.Key), c.Count)).OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Count);

    private sealed record StatsRecord(int Documents, int Mentions, IReadOnlyDictionary<string, int> EntitiesByKind, IReadOnlyDictionary<string, int> RelationsByType);
}
