namespace Prosopograph.Api.Validation;

/// <summary>
/// <c>type=a,b</c>, <c>type=a&amp;type=b</c> and any mix of the two mean the same: the union of the types. No value
/// means every type. Blank elements never get here: the strict query check refuses them.
/// </summary>
public static class RelationTypeList
{
    public static IReadOnlyList<string> Split(IEnumerable<string?> values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlySet<string>? ToSet(IEnumerable<string?>? values) =>
        values is null || Split(values) is not { Count: > 0 } types ? null : types.ToHashSet(StringComparer.Ordinal);
}
