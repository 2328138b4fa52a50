using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Api.Validation;
using Prosopograph.Graph.Queries;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Relations;

public sealed record RelationListParameters : YearRangeParameters
{
    [FromQuery(Name = "entity"), Description("Only relations with this entity id at either end.")]
    public string? Entity { get; init; }

    [FromQuery(Name = "limit"), Description(Docs.Limit), DefaultValue(Paging.DefaultLimit)]
    [Range(1, Paging.MaxLimit, ErrorMessage = Docs.RangeMessage)]
    public int? Limit { get; init; }

    [FromQuery(Name = "offset"), Description(Docs.Offset), DefaultValue(0)]
    [Range(0, int.MaxValue, ErrorMessage = Docs.RangeMessage)]
    public int? Offset { get; init; }

    public RelationFilter ToFilter() =>
        new(ToCriteria(), Entity, Direction.Both, From, To, Limit ?? Paging.DefaultLimit, Offset ?? 0, AsOf, IncludeUndated);
}
