namespace Prosopograph.Graph.Views;

public sealed record EntityRef(string Id, string Name, string Kind);

public sealed record AliasView(string Name, string? Type);

public sealed record EntitySummary(string Id, string Kind, string Name, IReadOnlyList<AliasView> Aliases, DateView? Existence);

public sealed record RelationCount(string Type, int Outgoing, int Incoming);

public sealed record DocumentMentionCount(string DocumentId, string Title, int Mentions);

public sealed record EntityDetail(
    string Id,
    string Kind,
    string Name,
    IReadOnlyList<AliasView> Aliases,
    string? Notes,
    IReadOnlyList<RelationCount> RelationCounts,
    IReadOnlyList<DocumentMentionCount> Documents,
    DateView? Existence);
