namespace Prosopograph.Graph.Views;

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Limit, int Offset);
