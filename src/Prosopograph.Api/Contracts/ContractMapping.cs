using System.Collections.Frozen;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Views;

namespace Prosopograph.Api.Contracts;

/// <summary>From the store's views to the API contract: the contract can stay put while stores change.</summary>
public static class ContractMapping
{
    private static readonly FrozenDictionary<string, ClaimStatus> StatusesByName =
        Enum.GetValues<ClaimStatus>().ToFrozenDictionary(ClaimStatuses.Name, StringComparer.Ordinal);

    public static EntityReference AsEntityReference(this EntityRef entity) => new(entity.Id, entity.Name, entity.Kind);

    public static EvidenceItem AsEvidenceItem(this EvidenceView evidence) =>
        new(evidence.DocumentId, evidence.Quote, evidence.Start, evidence.End);

    public static RelationItem AsRelationItem(this RelationView relation) => new(
        relation.Id,
        relation.Type,
        relation.Source.AsEntityReference(),
        relation.Target.AsEntityReference(),
        relation.Date,
        relation.Start,
        relation.End,
        ClaimStatusOf(relation.Status),
        relation.AttributedTo?.AsEntityReference(),
        relation.Evidence.Select(AsEvidenceItem).ToList(),
        relation.Note);

    public static IReadOnlyList<RelationItem> AsRelationItems(this IEnumerable<RelationView> relations) =>
        relations.Select(AsRelationItem).ToList();

    public static RelationLink AsRelationLink(this RelationView relation) => new(
        relation.Id,
        relation.Source.Id,
        relation.Target.Id,
        relation.Type,
        relation.Date,
        relation.Start,
        relation.End,
        ClaimStatusOf(relation.Status),
        relation.AttributedTo?.Id,
        relation.Evidence.Select(AsEvidenceItem).ToList(),
        relation.Note);

    public static NodeItem AsNodeItem(this GraphNode node) => new(node.Id, node.Kind, node.Name, node.Depth);

    public static SubgraphResponse AsSubgraphResponse(this Subgraph subgraph) =>
        new(Directed: true, Multigraph: true, subgraph.Nodes.Select(AsNodeItem).ToList(), subgraph.Edges.Select(AsRelationLink).ToList());

    public static PathItem AsPathItem(this GraphPath path) =>
        new(path.Length, path.Nodes.Select(AsNodeItem).ToList(), path.Edges.Select(AsRelationLink).ToList());

    public static PageResponse<TItem> AsPageResponse<TView, TItem>(this Page<TView> page, Func<TView, TItem> map) =>
        new(page.Items.Select(map).ToList(), page.Total, page.Limit, page.Offset);

    /// <summary>Stores name statuses in lower case (ClaimStatuses); an unknown name is a store bug, so it fails loudly.</summary>
    public static ClaimStatus ClaimStatusOf(string status) => StatusesByName.TryGetValue(status, out var parsed)
        ? parsed
        : throw new InvalidOperationException($"The graph store returned an unknown claim status '{status}'.");
}
