using System.ComponentModel;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Contracts;

[Description("An entity named where it is referred to: at either end of a relation, or as the party a claim is attributed to.")]
public sealed record EntityReference(string Id, string Name, string Kind);

[Description("A verbatim passage of a document; start and end are code-point offsets into the document's text.")]
public sealed record EvidenceItem(string DocumentId, string Quote, int Start, int End);

[Description("""
    A relation as every endpoint returns it. `date` is its own date in EDTF with its provenance (left out when
    it has none); `validity` says when it is in force and where that comes from (dated, bounded, undated).
    `voice` says who makes the claim and how the author treats it.
    """)]
public sealed record RelationItem(
    string Id,
    string Type,
    EntityReference Source,
    EntityReference Target,
    DateItem? Date,
    ValidityItem Validity,
    VoiceItem Voice,
    IReadOnlyList<EvidenceItem> Evidence,
    string? Note);

[Description("""
    Who makes a claim and how the author treats it, kept apart as Wikidata keeps "stated in" apart from "statement
    disputed by". `source`: `author` (the author's own voice), `quoted` (a source the text quotes) or `reported` (a
    rumour or report the text relays); `attributedTo` names who a quoted or reported claim comes from. `stance`:
    `asserted` or `disputed`; `disputedBy` is `author` (the document's author) or the id of the entity that disputes it.
    The 1935 rumour that Trotsky plotted against France is `reported`, attributed to the journalists, and `disputed` by the author.
    """)]
public sealed record VoiceItem(ClaimSource Source, EntityReference? AttributedTo, ClaimStance Stance, string? DisputedBy);

[Description("""
    A relation as a link of a node-link graph: the fields of a relation (date, validity, voice, evidence), with
    source and target as entity ids (the nodes carry the names), so that d3's forceLink, Cytoscape.js and networkx
    take it as it is.
    """)]
public sealed record RelationLink(
    string Id,
    string Source,
    string Target,
    string Type,
    DateItem? Date,
    ValidityItem Validity,
    VoiceItem Voice,
    IReadOnlyList<EvidenceItem> Evidence,
    string? Note);

[Description("""
    A relation as a link of a graph answer (a neighbourhood, a path): what a graph needs of a relation (type, date,
    validity, voice), with source and target as entity ids (the nodes carry the names), so that d3's forceLink,
    Cytoscape.js and networkx take it as it is. `evidence` and `note` come only with `include=evidence` (note only
    where the relation has one); otherwise one relation's evidence is at /api/relations/{id}.
    """)]
public sealed record GraphLink(
    string Id,
    string Source,
    string Target,
    string Type,
    DateItem? Date,
    ValidityItem Validity,
    VoiceItem Voice,
    [property: Description("The quotes that state the relation; only with `include=evidence`.")]
    IReadOnlyList<EvidenceItem>? Evidence,
    [property: Description("Where the text departs from the historical record; only with `include=evidence`, and only if there is one.")]
    string? Note);

[Description("A node of a subgraph; depth is its distance in hops from the entity the query started at.")]
public sealed record NodeItem(string Id, string Kind, string Name, int Depth);

[Description("""
    A subgraph in node-link form: every link's source and target are ids of its nodes.
    `networkx.node_link_graph(data, edges="links")` loads it as a directed multigraph; d3:
    `forceLink(links).id(d => d.id)`; Cytoscape.js: `[...nodes.map(n => ({data: n})), ...links.map(l => ({data: l}))]`.
    `truncated` is true when the limit left out a node or a link: nodes come by depth, then id, links by id.
    """)]
public sealed record SubgraphResponse(bool Directed, bool Multigraph, IReadOnlyList<NodeItem> Nodes, IReadOnlyList<GraphLink> Links, bool Truncated);

[Description("One path, in node-link form: its nodes in order from start to end, and the link between each consecutive pair.")]
public sealed record PathItem(int Length, IReadOnlyList<NodeItem> Nodes, IReadOnlyList<GraphLink> Links);

[Description("""
    The shortest paths found, in the list envelope: total counts the paths returned (at most limit); offset is always 0.
    `truncated` is true when the search gave up on its budget (see the API guide): then fewer paths than exist, or
    none, may be shown, and an empty list does not mean that no path exists.
    """)]
public sealed record PathsResponse(IReadOnlyList<PathItem> Items, int Total, int Limit, int Offset, bool Truncated);

[Description("""
    One page of a list; every list answers this envelope. total counts every match, items holds at most limit of them
    from offset on.
    """)]
public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Total, int Limit, int Offset);
