using System.ComponentModel.DataAnnotations;

namespace Prosopograph.Api.Validation;

/// <summary>The checks on a from/to pair of years that no single-value attribute can make.</summary>
public static class YearRanges
{
    public const int Earliest = 1;
    public const int Latest = 9999;

    public static IEnumerable<ValidationResult> Check(int? from, int? to, string toMember = "To")
    {
        if (from is { } start && to is { } end && start > end)
        {
            yield return new ValidationResult($"Must not be before from ({start}).", [toMember]);
        }
    }
}
