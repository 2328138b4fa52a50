using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Api.Validation;
using Prosopograph.Graph.Queries;

namespace Prosopograph.Api.Timeline;

public sealed record TimelineParameters : YearRangeParameters
{
    [FromQuery(Name = "entity"), Description("Only relations with this entity id at either end. Default: the whole corpus.")]
    public string? Entity { get; init; }

    public TimelineQuery ToQuery(PageParameters page) =>
        new(Entity, From, To, ToCriteria(), AsOf, IncludeUndated, page.PageLimit, page.PageOffset);
}
