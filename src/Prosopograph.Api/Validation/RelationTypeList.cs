namespace Prosopograph.Api.Validation;

/// <summary><c>types=a,b</c> and <c>types=a&amp;types=b</c> mean the same; no value means every type.</summary>
public static class RelationTypeList
{
    public static IReadOnlyList<string> Split(IEnumerable<string?> values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlySet<string>? ToSet(IEnumerable<string?>? values) =>
        values is null || Split(values) is not { Count: > 0 } types ? null : types.ToHashSet(StringComparer.Ordinal);
}
