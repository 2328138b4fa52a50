using System.ComponentModel;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Entities;

namespace Prosopograph.Api.Export;

// Nodes and links are streams that System.Text.Json writes as arrays while the store reads them, flushing as it
// goes: the response never holds the graph.
[Description("""
    The whole graph in node-link form: `networkx.node_link_graph(data, edges="links")` loads it as a directed
    multigraph, every relation one link that keeps its id and all its fields.
    """)]
public sealed record NodeLinkGraph(
    bool Directed,
    bool Multigraph,
    IReadOnlyDictionary<string, string> Graph,
    IAsyncEnumerable<NodeLinkNode> Nodes,
    IAsyncEnumerable<RelationLink> Links);

public sealed record NodeLinkNode(string Id, string Kind, string Name, IReadOnlyList<AliasItem> Aliases, string? Notes, DateItem? Existence);
