namespace Prosopograph.Graph.Views;

public sealed record EvidenceView(string DocumentId, string Quote, int Start, int End);

/// <summary>An EDTF date and its provenance (text, editorial, text/editorial, editorial/text).</summary>
public sealed record DateView(string Edtf, string Provenance);

/// <summary>When a relation is in force: kind dated, bounded or undated; From/To calendar dates, null where open.</summary>
public sealed record ValidityView(string Kind, string? From, string? To);

/// <summary>A relation as every endpoint returns it: both ends named, dates as the text gives them, its evidence.</summary>
public sealed record RelationView(
    string Id,
    string Type,
    EntityRef Source,
    EntityRef Target,
    DateView? Date,
    ValidityView Validity,
    string Status,
    EntityRef? AttributedTo,
    IReadOnlyList<EvidenceView> Evidence,
    string? Note);

public sealed record RelationTypeUsage(
    string Id,
    string Label,
    string Inverse,
    string Description,
    IReadOnlyList<string> SubjectKinds,
    IReadOnlyList<string> ObjectKinds,
    bool Symmetric,
    string Temporal,
    int Count);
