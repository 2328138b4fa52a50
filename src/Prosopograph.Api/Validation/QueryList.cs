namespace Prosopograph.Api.Validation;

/// <summary>
/// A list parameter: <c>type=a,b</c> and <c>type=a&amp;type=b</c> mean the same, the union of the values;
/// no value means no filter.
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
