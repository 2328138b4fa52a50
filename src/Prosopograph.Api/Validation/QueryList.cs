namespace Prosopograph.Api.Validation;

/// <summary>
/// A list parameter (type, source, stance): <c>type=a,b</c>, <c>type=a&amp;type=b</c> and any mix of the two mean
/// the same, the union of the values; no value means no filter. Blank elements never get here: the strict query
/// check refuses them.
/// </summary>
public static class QueryList
{
    public static IReadOnlyList<string> Split(IEnumerable<string?> values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlySet<string>? ToSet(IEnumerable<string?>? values) =>
        values is null || Split(values) is not { Count: > 0 } items ? null : items.ToHashSet(StringComparer.Ordinal);
}
