namespace Prosopograph.Graph.Neo4j.Store;

// The maps the query statements return, deserialised from the Query API's plain JSON.
// Lists are nullable because Neo4j drops a property whose value would be null.

internal sealed record EntityRecord(
    string Id,
    string Kind,
    string Name,
    IReadOnlyList<string>? Aliases,
    IReadOnlyList<string>? AliasTypes,
    string? Notes = null,
    string? Existence = null,
    string? ExistenceProvenance = null);

internal sealed record EntityRefRecord(string Id, string Name, string Kind);

internal sealed record RelationRecord(
    string Id,
    string Type,
    EntityRefRecord Source,
    EntityRefRecord Target,
    string? Date,
    string? DateProvenance,
    string Validity,
    string? ValidFrom,
    string? ValidTo,
    string ClaimSource,
    string Stance,
    EntityRefRecord? AttributedToEntity,
    string? Note,
    IReadOnlyList<string>? EvidenceDocumentIds,
    IReadOnlyList<string>? EvidenceQuotes,
    IReadOnlyList<int>? EvidenceStarts,
    IReadOnlyList<int>? EvidenceEnds,
    string? AttributedTo = null,
    string? DisputedBy = null);

internal sealed record RelationTouch(string Type, bool Outgoing, bool Incoming);

internal sealed record DocumentCountRecord(string DocumentId, string Title, int Mentions);

internal sealed record DocumentRecord(
    string Id, string Title, string Author, string? Date, string Language, int Length, string? Notes = null, string? Text = null);

internal sealed record MentionRecord(EntityRefRecord Entity, string Surface, int Start, int End);

internal sealed record NodeRecord(string Id, string Kind, string Name, int Depth);

internal sealed record CountRecord(string Key, int Count);
