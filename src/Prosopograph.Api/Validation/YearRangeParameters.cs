using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Validation;

/// <summary>
/// What relation lists and the timeline share: the relation types (a union; see <see cref="RelationTypeList"/>), the
/// from/to pair of years with its cross-check, and paging.
/// </summary>
public abstract record YearRangeParameters : PageParameters, IValidatableObject
{
    [FromQuery(Name = "type"), Description(Docs.RelationTypes), KnownRelationTypes]
    public string[]? Type { get; init; }

    [FromQuery(Name = "from"), Description(Docs.FromYear)]
    [Range(YearRanges.Earliest, YearRanges.Latest, ErrorMessage = Docs.RangeMessage)]
    public int? From { get; init; }

    [FromQuery(Name = "to"), Description(Docs.ToYear)]
    [Range(YearRanges.Earliest, YearRanges.Latest, ErrorMessage = Docs.RangeMessage)]
    public int? To { get; init; }

    /// <summary>The types asked for, as a set; null when none was given (every type).</summary>
    public IReadOnlySet<string>? TypeSet => RelationTypeList.ToSet(Type);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } from && To is { } to && from > to)
        {
            yield return new ValidationResult($"Must not be before from ({from}).", [nameof(To)]);
        }
    }
}
