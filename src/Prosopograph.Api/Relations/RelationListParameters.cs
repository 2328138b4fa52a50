using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Api.Validation;
using Prosopograph.Graph.Queries;

namespace Prosopograph.Api.Relations;

public sealed record RelationListParameters : YearRangeParameters
{
    [FromQuery(Name = "entity"), Description("Only relations with this entity id at either end.")]
    public string? Entity { get; init; }

    public RelationFilter ToFilter(PageParameters page) =>
        new(ToCriteria(), Entity, Direction.Both, From, To, page.PageLimit, page.PageOffset, AsOf, IncludeUndated);
}
