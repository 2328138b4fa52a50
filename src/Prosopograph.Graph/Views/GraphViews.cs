namespace Prosopograph.Graph.Views;

/// <summary>A node of a subgraph; Depth is its distance in hops from the entity the query started at.</summary>
public sealed record GraphNode(string Id, string Kind, string Name, int Depth);

/// <summary>An ego network; Truncated when the query's limit left out a node or an edge.</summary>
public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<RelationView> Edges, bool Truncated = false);

/// <summary>One path: its nodes in order from start to end, and the edges between consecutive nodes.</summary>
public sealed record GraphPath(int Length, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<RelationView> Edges);

/// <summary>
/// The shortest paths found; Truncated when the search gave up on its budget before it could tell that these are
/// all (or the first, in order) of the shortest paths: fewer paths, or none, may then be shown than exist.
/// </summary>
public sealed record PathSearch(IReadOnlyList<GraphPath> Paths, bool Truncated = false);
