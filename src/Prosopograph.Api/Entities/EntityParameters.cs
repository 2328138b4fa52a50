using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Api.Validation;
using Prosopograph.Graph.Queries;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Entities;

public sealed record SearchEntitiesParameters
{
    [FromQuery(Name = "q")]
    [Description("Text to find in names and aliases, ignoring case, diacritics and punctuation. Ranked exact, then " +
        "prefix (of the name or one of its words), then substring, then fuzzy (one edit for 4-7 letters, two for " +
        "longer: `trotksy` finds Trotsky). Without q every entity matches, by name.")]
    public string? Q { get; init; }

    [FromQuery(Name = "kind"), KnownEntityKind]
    [Description("Only entities of this kind, e.g. `person` (see /api/entity-kinds).")]
    public string? Kind { get; init; }

    [FromQuery(Name = "limit"), Description(Docs.Limit), DefaultValue(Paging.DefaultLimit)]
    [Range(1, Paging.MaxLimit, ErrorMessage = Docs.RangeMessage)]
    public int? Limit { get; init; }

    [FromQuery(Name = "offset"), Description(Docs.Offset), DefaultValue(0)]
    [Range(0, int.MaxValue, ErrorMessage = Docs.RangeMessage)]
    public int? Offset { get; init; }

    public EntitySearch ToSearch() => new(Q, Kind, Limit ?? Paging.DefaultLimit, Offset ?? 0);
}

public sealed record EntityRelationsParameters : YearRangeParameters
{
    [FromQuery(Name = "direction"), Description(Docs.Direction), DefaultValue("both")]
    [AllowedValues(null, "out", "in", "both", ErrorMessage = "Must be out, in or both.")]
    public string? Direction { get; init; }

    public RelationFilter ToFilter(string entityId) => new(
        ToCriteria(),
        entityId,
        Direction switch { "out" => Graph.Queries.Direction.Out, "in" => Graph.Queries.Direction.In, _ => Graph.Queries.Direction.Both },
        From,
        To,
        AsOf: AsOf,
        IncludeUndated: IncludeUndated);
}

public sealed record NeighbourhoodParameters : TraversalParameters
{
    [FromQuery(Name = "depth"), Description("How many hops from the entity, 1 to 3. Default 1."), DefaultValue(1)]
    [Range(1, 3, ErrorMessage = Docs.RangeMessage)]
    public int? Depth { get; init; }

    public NeighbourhoodQuery ToQuery(string entityId) => new(entityId, Depth ?? 1, ToCriteria(), AsOf, IncludeUndated);
}
