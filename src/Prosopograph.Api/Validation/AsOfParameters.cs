using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Validation;

/// <summary>
/// The "as of" pair every query that returns relations in time takes (a year, and what to do with undated
/// relations), on top of the relation filters they all share.
/// </summary>
public abstract record AsOfParameters : RelationCriteriaParameters
{
    [FromQuery(Name = "asOf"), Description(Docs.AsOf)]
    [Range(YearRanges.Earliest, YearRanges.Latest, ErrorMessage = Docs.RangeMessage)]
    public int? AsOf { get; init; }

    [FromQuery(Name = "undated"), Description(Docs.Undated), DefaultValue("include")]
    [AllowedValues(null, "include", "exclude", ErrorMessage = "Must be include or exclude.")]
    public string? Undated { get; init; }

    protected bool IncludeUndated => Undated != "exclude";
}
