using Prosopograph.Api.Contracts;
using Prosopograph.Api.Export;

namespace Prosopograph.Api.Tests.Export;

/// <summary>
/// The node-link JSON export as a client reads it: the API writes <see cref="NodeLinkGraph"/>, whose nodes and links
/// are streams, and a reader gets the same JSON back as lists.
/// </summary>
public sealed record ExportedGraph(
    bool Directed,
    bool Multigraph,
    IReadOnlyDictionary<string, string> Graph,
    IReadOnlyList<NodeLinkNode> Nodes,
    IReadOnlyList<RelationLink> Links);
