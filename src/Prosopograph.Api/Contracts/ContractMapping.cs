using System.Collections.Frozen;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Views;

namespace Prosopograph.Api.Contracts;

/// <summary>From the store's views to the API contract: the contract can stay put while stores change.</summary>
public static class ContractMapping
{
    private static readonly FrozenDictionary<string, ValidityKind> ValidityKindsByName =
        Enum.GetValues<ValidityKind>().ToFrozenDictionary(TimeViews.Name, StringComparer.Ordinal);

    public static EntityReference AsEntityReference(this EntityRef entity) => new(entity.Id, entity.Name, entity.Kind);

    public static EvidenceItem AsEvidenceItem(this EvidenceView evidence) =>
        new(evidence.DocumentId, evidence.Quote, evidence.Start, evidence.End);

    public static RelationItem AsRelationItem(this RelationView relation) => new(
        relation.Id,
        relation.Type,
        relation.Source.AsEntityReference(),
        relation.Target.AsEntityReference(),
        relation.Date?.AsDateItem(),
        relation.Validity.AsValidityItem(),
        relation.Voice.AsVoiceItem(),
        relation.Evidence.Select(AsEvidenceItem).ToList(),
        relation.Note);

    public static DateItem AsDateItem(this DateView date) => new(date.Edtf, date.Provenance);

    public static ValidityItem AsValidityItem(this ValidityView validity) => new(ValidityKindOf(validity.Kind), validity.From, validity.To);

    public static IReadOnlyList<RelationItem> AsRelationItems(this IEnumerable<RelationView> relations) =>
        relations.Select(AsRelationItem).ToList();

    /// <summary>Without evidence the two keys are left out (null is not written), not sent empty.</summary>
    public static GraphLink AsGraphLink(this RelationView relation, bool includeEvidence) => new(
        relation.Id,
        relation.Source.Id,
        relation.Target.Id,
        relation.Type,
        relation.Date?.AsDateItem(),
        relation.Validity.AsValidityItem(),
        relation.Voice.AsVoiceItem(),
        includeEvidence ? relation.Evidence.Select(AsEvidenceItem).ToList() : null,
        includeEvidence ? relation.Note : null);

    public static NodeItem AsNodeItem(this GraphNode node) => new(node.Id, node.Kind, node.Name, node.Depth);

    public static SubgraphResponse AsSubgraphResponse(this Subgraph subgraph, bool includeEvidence) => new(
        Directed: true,
        Multigraph: true,
        subgraph.Nodes.Select(AsNodeItem).ToList(),
        subgraph.Edges.Select(e => e.AsGraphLink(includeEvidence)).ToList(),
        subgraph.Truncated);

    public static PathItem AsPathItem(this GraphPath path, bool includeEvidence) =>
        new(path.Length, path.Nodes.Select(AsNodeItem).ToList(), path.Edges.Select(e => e.AsGraphLink(includeEvidence)).ToList());

    public static PageResponse<TItem> AsPageResponse<TView, TItem>(this Page<TView> page, Func<TView, TItem> map) =>
        new(page.Items.Select(map).ToList(), page.Total, page.Limit, page.Offset);

    /// <summary>Stores name validity kinds in lower case (TimeViews); an unknown one is a store bug.</summary>
    public static ValidityKind ValidityKindOf(string kind) => ValidityKindsByName.TryGetValue(kind, out var parsed)
        ? parsed
        : throw new InvalidOperationException($"The graph store returned an unknown validity kind '{kind}'.");

    public static VoiceItem AsVoiceItem(this VoiceView voice) =>
        new(Parse<ClaimSource>(voice.Source), voice.AttributedTo?.AsEntityReference(), Parse<ClaimStance>(voice.Stance), voice.DisputedBy);

    /// <summary>Stores name sources and stances in lower case (VoiceNames); an unknown name is a store bug, so it fails loudly.</summary>
    public static T Parse<T>(string name) where T : struct, Enum => VoiceNames.Parse<T>(name)
        ?? throw new InvalidOperationException($"The graph store returned an unknown {typeof(T).Name} '{name}'.");
}
