using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Api.Validation;
using Prosopograph.Graph.Queries;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Paths;

public sealed record PathParameters : TraversalParameters
{
    public const int DefaultMaxLength = 4;
    public const int DefaultLimit = 10;

    [FromQuery(Name = "from"), Description("The id of the entity the paths start at, e.g. `mercader`.")]
    [Required(ErrorMessage = "Required.")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("The id of the entity the paths end at, e.g. `stalin`.")]
    [Required(ErrorMessage = "Required.")]
    public string? To { get; init; }

    [FromQuery(Name = "maxLength"), Description("The longest path to look for, in relations, 1 to 6. Default 4."), DefaultValue(DefaultMaxLength)]
    [Range(1, 6, ErrorMessage = Docs.RangeMessage)]
    public int? MaxLength { get; init; }

    [FromQuery(Name = "limit"), Description("The most paths to return, 1 to 100. Default 10."), DefaultValue(DefaultLimit)]
    [Range(1, 100, ErrorMessage = Docs.RangeMessage)]
    public int? Limit { get; init; }

    // Only called after validation, which guarantees From and To.
    public PathQuery ToQuery() =>
        new(From!, To!, MaxLength ?? DefaultMaxLength, ToCriteria(), AsOf, Limit ?? DefaultLimit, IncludeUndated, IncludeEvidence);
}
