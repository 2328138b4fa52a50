using Prosopograph.Graph.Neo4j.Cypher;
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
