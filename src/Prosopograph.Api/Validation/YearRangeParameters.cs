using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Validation;

/// <summary>
/// The from/to pair of years shared by relation lists and the timeline, with its cross-check, beside asOf and the
/// relation filters. Paging comes beside it as its own <see cref="ListParameters"/> (a record has one base, and the
/// relation filters are that base).
/// </summary>
public abstract record YearRangeParameters : AsOfParameters, IValidatableObject
{
    [FromQuery(Name = "from"), Description(Docs.FromYear)]
    [Range(YearRanges.Earliest, YearRanges.Latest, ErrorMessage = Docs.RangeMessage)]
    public int? From { get; init; }

    [FromQuery(Name = "to"), Description(Docs.ToYear)]
    [Range(YearRanges.Earliest, YearRanges.Latest, ErrorMessage = Docs.RangeMessage)]
    public int? To { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } from && To is { } to && from > to)
        {
            yield return new ValidationResult($"Must not be before from ({from}).", [nameof(To)]);
        }
    }
}
