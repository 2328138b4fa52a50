using System.ComponentModel;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Entities;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Export;

[Description("""
    The whole graph in node-link form: `networkx.node_link_graph(data, edges="links")` loads it as a directed
    multigraph, every relation one link that keeps its id and all its fields.
    """)]
public sealed record NodeLinkGraph(
    bool Directed,
    bool Multigraph,
    IReadOnlyDictionary<string, string> Graph,
    IReadOnlyList<NodeLinkNode> Nodes,
    IReadOnlyList<NodeLinkLink> Links);

public sealed record NodeLinkNode(string Id, string Kind, string Name, IReadOnlyList<AliasItem> Aliases, string? Notes, DateItem? Existence);

[Description("A relation as a link: source and target are entity ids; in its voice, attributedTo is an entity id too.")]
public sealed record NodeLinkLink(
    string Id,
    string Source,
    string Target,
    string Type,
    DateItem? Date,
    ValidityItem Validity,
    LinkVoiceItem Voice,
    IReadOnlyList<EvidenceItem> Evidence,
    string? Note);

[Description("A link's voice, as a relation's `voice` with `attributedTo` given as an entity id.")]
public sealed record LinkVoiceItem(ClaimSource Source, string? AttributedTo, ClaimStance Stance, string? DisputedBy);
