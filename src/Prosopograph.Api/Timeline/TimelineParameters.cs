using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Api.Validation;
using Prosopograph.Graph.Queries;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Timeline;

public sealed record TimelineParameters : IValidatableObject
{
    [FromQuery(Name = "entity"), Description("Only relations with this entity id at either end. Default: the whole corpus.")]
    public string? Entity { get; init; }

    [FromQuery(Name = "from"), Description(Docs.FromYear)]
    [Range(YearRanges.Earliest, YearRanges.Latest, ErrorMessage = Docs.RangeMessage)]
    public int? From { get; init; }

    [FromQuery(Name = "to"), Description(Docs.ToYear)]
    [Range(YearRanges.Earliest, YearRanges.Latest, ErrorMessage = Docs.RangeMessage)]
    public int? To { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => YearRanges.Check(From, To);

    public TimelineQuery ToQuery() => new(Entity, From, To);
}
