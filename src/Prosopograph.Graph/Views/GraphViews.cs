namespace Prosopograph.Graph.Views;

/// <summary>A node of a subgraph; Depth is its distance in hops from the entity the query started at.</summary>
public sealed record GraphNode(string Id, string Kind, string Name, int Depth);

public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<RelationView> Edges);

/// <summary>One path: its nodes in order from start to end, and the edges between consecutive nodes.</summary>
public sealed record GraphPath(int Length, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<RelationView> Edges);
