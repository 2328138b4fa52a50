using System.ComponentModel;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Contracts;

[Description("An entity named where it is referred to: at either end of a relation, or as the party a claim is attributed to.")]
public sealed record EntityReference(string Id, string Name, string Kind);

[Description("A verbatim passage of a document; start and end are code-point offsets into the document's text.")]
public sealed record EvidenceItem(string DocumentId, string Quote, int Start, int End);

[Description("""
    A relation as every endpoint returns it. `date` is a point in time, `start`/`end` a period; each is
    YYYY, YYYY-MM or YYYY-MM-DD, with only the precision the text gives, and left out when the text gives none.
    `status` says whose voice carries the claim; `attributedTo` names the party a quoted or reported claim comes from.
    """)]
public sealed record RelationItem(
    string Id,
    string Type,
    EntityReference Source,
    EntityReference Target,
    string? Date,
    string? Start,
    string? End,
    ClaimStatus Status,
    EntityReference? AttributedTo,
    IReadOnlyList<EvidenceItem> Evidence,
    string? Note);

[Description("""
    A relation as a link of a node-link graph: the fields of a relation, with source, target and attributedTo as entity
    ids (the nodes carry the names), so that d3's forceLink, Cytoscape.js and networkx take it as it is.
    """)]
public sealed record RelationLink(
    string Id,
    string Source,
    string Target,
    string Type,
    string? Date,
    string? Start,
    string? End,
    ClaimStatus Status,
    string? AttributedTo,
    IReadOnlyList<EvidenceItem> Evidence,
    string? Note);

[Description("A node of a subgraph; depth is its distance in hops from the entity the query started at.")]
public sealed record NodeItem(string Id, string Kind, string Name, int Depth);

[Description("""
    A subgraph in node-link form: every link's source and target are ids of its nodes.
    `networkx.node_link_graph(data, edges="links")` loads it as a directed multigraph; d3:
    `forceLink(links).id(d => d.id)`; Cytoscape.js: `[...nodes.map(n => ({data: n})), ...links.map(l => ({data: l}))]`.
    """)]
public sealed record SubgraphResponse(bool Directed, bool Multigraph, IReadOnlyList<NodeItem> Nodes, IReadOnlyList<RelationLink> Links);

[Description("One path, in node-link form: its nodes in order from start to end, and the link between each consecutive pair, with evidence.")]
public sealed record PathItem(int Length, IReadOnlyList<NodeItem> Nodes, IReadOnlyList<RelationLink> Links);

[Description("""
    One page of a list; every list answers this envelope. total counts every match, items holds at most limit of them
    from offset on.
    """)]
public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Total, int Limit, int Offset);
