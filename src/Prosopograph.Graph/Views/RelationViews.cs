namespace Prosopograph.Graph.Views;

public sealed record EvidenceView(string DocumentId, string Quote, int Start, int End);

/// <summary>A relation as every endpoint returns it: both ends named, dates as the text gives them, its evidence.</summary>
public sealed record RelationView(
    string Id,
    string Type,
    EntityRef Source,
    EntityRef Target,
    string? Date,
    string? Start,
    string? End,
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
