using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Api.Validation;
using Prosopograph.Graph.Queries;

namespace Prosopograph.Api.Relations;

public sealed record RelationListParameters : YearRangeParameters
{
    [FromQuery(Name = "entity"), Description("Only relations with this entity id at either end.")]
    public string? Entity { get; init; }

    [FromQuery(Name = "status")]
    [Description("Only claims in this voice: `asserted` (the author's own), `quoted` (a named source the text quotes), " +
        "`reported` (rumours and reports the text relays), `contested` (presented as disputed or false).")]
    [AllowedValues(null, "asserted", "quoted", "reported", "contested", ErrorMessage = "Must be asserted, quoted, reported or contested.")]
    public string? Status { get; init; }

    public RelationFilter ToFilter() =>
        new(TypeSet, Entity, Direction.Both, From, To, Status, PageLimit, PageOffset);
}
