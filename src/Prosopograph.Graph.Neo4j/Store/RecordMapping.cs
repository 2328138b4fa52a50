using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Neo4j.Store;

/// <summary>From the maps Neo4j returns to the views every store returns (the embedded store's ViewMapping, read from the graph).</summary>
internal static class RecordMapping
{
    public static EntityRef ToRef(this EntityRefRecord entity) => new(entity.Id, entity.Name, entity.Kind);

    /// <summary>Alias types are stored parallel to the aliases, "" for an untyped one.</summary>
    public static IReadOnlyList<AliasView> AliasViews(this EntityRecord entity) =>
        (entity.Aliases ?? []).Select((name, i) => new AliasView(name, entity.AliasTypes?.ElementAtOrDefault(i) is { Length: > 0 } type ? type : null)).ToList();

    public static EntitySummary ToSummary(this EntityRecord entity) => new(entity.Id, entity.Kind, entity.Name, entity.AliasViews(), entity.ExistenceView());

    /// <summary>Provenance defaults to text, as in the annotation, should a hand-edited node lack it.</summary>
    public static DateView? ExistenceView(this EntityRecord entity) =>
        entity.Existence is { } edtf ? new DateView(edtf, entity.ExistenceProvenance ?? "text") : null;

    public static DateView? DateView(this RelationRecord relation) =>
        relation.Date is { } edtf ? new DateView(edtf, relation.DateProvenance ?? "text") : null;

    public static ValidityView ValidityView(this RelationRecord relation) => new(relation.Validity, relation.ValidFrom, relation.ValidTo);

    public static GraphNode ToNode(this NodeRecord node) => new(node.Id, node.Kind, node.Name, node.Depth);

    public static IReadOnlyList<EvidenceView> Evidence(this RelationRecord relation)
    {
        var documents = relation.EvidenceDocumentIds ?? [];
        return documents.Select((documentId, i) => new EvidenceView(
            documentId, relation.EvidenceQuotes![i], relation.EvidenceStarts![i], relation.EvidenceEnds![i])).ToList();
    }

    public static RelationView ToView(this RelationRecord relation, GraphTypes types) => new(
        relation.Id,
        types.ToId(relation.Type),
        relation.Source.ToRef(),
        relation.Target.ToRef(),
        relation.DateView(),
        relation.ValidityView(),
        new VoiceView(relation.ClaimSource, relation.AttributedToEntity?.ToRef(), relation.Stance, relation.DisputedBy),
        relation.Evidence(),
        relation.Note);

    public static DocumentSummary ToSummary(this DocumentRecord document) =>
        new(document.Id, document.Title, document.Author, document.Date, document.Language, document.Length);

    public static DocumentDetail ToDetail(this DocumentRecord document) =>
        new(document.Id, document.Title, document.Author, document.Date, document.Language, document.Length, document.Notes, document.Text ?? "");
}
