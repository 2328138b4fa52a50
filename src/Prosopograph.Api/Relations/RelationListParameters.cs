using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Api.Validation;
using Prosopograph.Graph.Queries;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Relations;

public sealed record RelationListParameters : YearRangeParameters
{
    [FromQuery(Name = "type"), Description(Docs.RelationType), KnownRelationTypes]
    public string? Type { get; init; }

    [FromQuery(Name = "entity"), Description("Only relations with this entity id at either end.")]
    public string? Entity { get; init; }

    [FromQuery(Name = "status")]
    [Description("Only claims in this voice: `asserted` (the author's own), `quoted` (a named source the text quotes), " +
        "`reported` (rumours and reports the text relays), `contested` (presented as disputed or false).")]
    [AllowedValues(null, "asserted", "quoted", "reported", "contested", ErrorMessage = "Must be asserted, quoted, reported or contested.")]
    public string? Status { get; init; }

    [FromQuery(Name = "limit"), Description(Docs.Limit), DefaultValue(Paging.DefaultLimit)]
    [Range(1, Paging.MaxLimit, ErrorMessage = Docs.RangeMessage)]
    public int? Limit { get; init; }

    [FromQuery(Name = "offset"), Description(Docs.Offset), DefaultValue(0)]
    [Range(0, int.MaxValue, ErrorMessage = Docs.RangeMessage)]
    public int? Offset { get; init; }

    public RelationFilter ToFilter() =>
        new(Type, Entity, Direction.Both, From, To, Status, Limit ?? Paging.DefaultLimit, Offset ?? 0, AsOf, IncludeUndated);
}
