using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    /// <summary>The deepest neighbourhood and longest path the statements' quantifiers allow (the API's maxima).</summary>
    internal const int MaxDepth = 3;
    internal const int MaxPathLength = 6;

    /// <summary>The most shortest paths Neo4j returns for the service to order (see shortest-paths.cypher).</summary>
    internal const int PathCap = 1000;

    public async Task<Subgraph?> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Depth, MaxDepth);
        var parameters = new Dictionary<string, object?>
        {
            ["id"] = query.EntityId,
            ["depth"] = query.Depth,
            ["asOf"] = query.AsOf,
            ["includeUndated"] = query.IncludeUndated,
            ["limit"] = query.Limit ?? int.MaxValue,
            ["linkLimit"] = query.LinkLimit ?? int.MaxValue,
            ["includeEvidence"] = query.IncludeEvidence,
        };
        types.AddCriteria(parameters, query.Criteria);
        var result = await ReadAsync(QueryStatements.Neighbourhood, parameters, cancellationToken);
        if (result.Values.Count == 0)
        {
            return null;
        }

        // The statement returns one node and one edge beyond each cap, to tell whether the cap left any out.
        var nodes = result.Column<List<NodeRecord>>("nodes").Single()
            .OrderBy(n => n.Depth).ThenBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => n.ToNode())
            .ToList();
        var edges = result.Column<List<RelationRecord>>("edges").Single()
            .DistinctBy(r => r.Id)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => r.ToView(types))
            .ToList();
        var keptNodes = nodes.Take(query.Limit ?? int.MaxValue).ToList();
        var keptEdges = edges.Take(query.LinkLimit ?? int.MaxValue).ToList();
        return new Subgraph(keptNodes, keptEdges, keptNodes.Count < nodes.Count || keptEdges.Count < edges.Count);
    }

    /// <summary>
    /// Neo4j finds the shortest paths, at most <see cref="PathCap"/>; the embedded store's order (relation ids
    /// compared element by element) and the limit are applied here, since Cypher cannot order by a list of strings
    /// lexicographically. Past the cap the first paths in that order may be among those not returned: truncated.
    /// </summary>
    public async Task<PathSearch> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.MaxLength, MaxPathLength);
        var parameters = new Dictionary<string, object?>
        {
            ["from"] = query.From,
            ["to"] = query.To,
            ["maxLength"] = query.MaxLength,
            ["asOf"] = query.AsOf,
            ["includeUndated"] = query.IncludeUndated,
            ["pathCap"] = PathCap,
            ["includeEvidence"] = query.IncludeEvidence,
        };
        types.AddCriteria(parameters, query.Criteria);
        var result = await ReadAsync(QueryStatements.ShortestPaths, parameters, cancellationToken);
        var nodes = result.Column<List<EntityRecord>>("nodes").ToList();
        var edges = result.Column<List<RelationRecord>>("edges").ToList();
        var paths = nodes.Zip(edges)
            .OrderBy(p => p.Second.Select(r => r.Id).ToList(), RelationIdSequence.Comparer)
            .Take(query.Limit)
            .Select(p => new GraphPath(
                p.Second.Count,
                p.First.Select((n, depth) => new GraphNode(n.Id, n.Kind, n.Name, depth)).ToList(),
                p.Second.Select(r => r.ToView(types)).ToList()))
            .ToList();
        return new PathSearch(paths, Truncated: nodes.Count >= PathCap);
    }
}
