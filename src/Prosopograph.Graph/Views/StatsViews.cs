namespace Prosopograph.Graph.Views;

public sealed record GraphStats(
    string Version,
    int Documents,
    int Entities,
    int Relations,
    int Mentions,
    IReadOnlyDictionary<string, int> EntitiesByKind,
    IReadOnlyDictionary<string, int> RelationsByType);

/// <summary>
/// The whole graph in node-link form, loadable with networkx.node_link_graph(data, edges="links"). Nodes and links
/// are streams, read from the store as they are enumerated (each enumeration reads again), so that an export of any
/// size costs a page of memory rather than the graph.
/// </summary>
public sealed record GraphExport(
    bool Directed,
    bool Multigraph,
    IReadOnlyDictionary<string, string> Graph,
    IAsyncEnumerable<ExportNode> Nodes,
    IAsyncEnumerable<ExportLink> Links);

public sealed record ExportNode(string Id, string Kind, string Name, IReadOnlyList<AliasView> Aliases, string? Notes, DateView? Existence);

public sealed record ExportLink(
    string Id,
    string Source,
    string Target,
    string Type,
    DateView? Date,
    ValidityView Validity,
    LinkVoice Voice,
    IReadOnlyList<EvidenceView> Evidence,
    string? Note,
    EntityRef? AttributedToEntity);

/// <summary>A link's voice: as <see cref="VoiceView"/>, with attributedTo as an entity id like the link's ends.</summary>
public sealed record LinkVoice(string Source, string? AttributedTo, string Stance, string? DisputedBy);
