namespace Prosopograph.Graph.Neo4j.Seeding;

// The UNWIND rows the merge-*.cypher statements read; field names match the properties they set (camelCase on the wire).

internal sealed record DocumentRow(
    string Id, string Title, string Author, string? Date, string Language, string? Notes, string SourceFile, string Text, int Length, int CorpusOrder);

/// <summary>Alias types run parallel to aliases, "" for an untyped alias: Neo4j lists cannot hold null.</summary>
internal sealed record EntityRow(
    string Id,
    string Kind,
    string Label,
    IReadOnlyList<string> OtherLabels,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AliasTypes,
    string SearchText,
    string SearchTerms,
    string? Notes,
    string? Existence,
    string? ExistenceProvenance,
    int CorpusOrder);

internal sealed record MentionRow(string DocumentId, string EntityId, int Start, int End, string Surface, int CorpusOrder);

internal sealed record RelationRow(
    string Id,
    string Type,
    string Subject,
    string Object,
    string? Date,
    string? DateProvenance,
    bool Dated,
    int? SpanFrom,
    int? SpanTo,
    string Validity,
    string? ValidFrom,
    string? ValidTo,
    int? ValidFromYear,
    int? ValidToYear,
    string? TimelineKey,
    int CorpusOrder,
    string ClaimSource,
    string? AttributedTo,
    string Stance,
    string? DisputedBy,
    string? Note,
    string? Quote,
    IReadOnlyList<string> EvidenceDocumentIds,
    IReadOnlyList<string> EvidenceQuotes,
    IReadOnlyList<int> EvidenceStarts,
    IReadOnlyList<int> EvidenceEnds);
