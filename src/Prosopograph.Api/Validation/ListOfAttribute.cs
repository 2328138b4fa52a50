using System.ComponentModel.DataAnnotations;

namespace Prosopograph.Api.Validation;

/// <summary>
/// Every value of a list parameter (repeated or comma-separated) must be one of <see cref="Values"/>: a misspelt
/// value would otherwise silently match nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ListOfAttribute(params string[] values) : ValidationAttribute
{
    public IReadOnlyList<string> Values { get; } = values;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var named = value is IEnumerable<string> many ? QueryList.Split(many) : [];
        var unknown = named.Where(v => !Values.Contains(v)).ToList();
        return unknown.Count == 0
            ? ValidationResult.Success
            : new ValidationResult(
                $"Unknown value{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(v => $"'{v}'"))}: " +
                $"each must be {string.Join(", ", Values.SkipLast(1))} or {Values[^1]}.");
    }
}
