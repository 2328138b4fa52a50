namespace Prosopograph.Graph.Views;

public sealed record DocumentSummary(string Id, string Title, string Author, string? Date, string Language, int Length);

public sealed record DocumentDetail(
    string Id,
    string Title,
    string Author,
    string? Date,
    string Language,
    int Length,
    string? Notes,
    string Text);

public sealed record MentionView(EntityRef Entity, string Surface, int Start, int End);
