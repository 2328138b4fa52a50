using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Api.Validation;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Search;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Entities;

public sealed record SearchEntitiesParameters : PageParameters, IValidatableObject
{
    [FromQuery(Name = "q")]
    [Description("Text to find in names and aliases, ignoring case, diacritics and punctuation, in any script (`Троцкий` " +
        "is read as `Trotskiy`). Ranked exact, then whole word, then prefix (of the name or one of its words), then " +
        "substring, then fuzzy (one edit for 4-7 letters, two for longer: `trotksy` finds Trotsky). Without q every " +
        "entity matches, by name; a q with no letter or digit is refused.")]
    public string? Q { get; init; }

    [FromQuery(Name = "kind"), KnownEntityKind]
    [Description("Only entities of this kind, e.g. `person` (see /api/entity-kinds).")]
    public string? Kind { get; init; }

    public EntitySearch ToSearch() => new(Q, Kind, PageLimit, PageOffset);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Q is not null && new SearchQuery(Q).IsEmpty)
        {
            yield return new ValidationResult("Has no letter or digit to search for.", [nameof(Q)]);
        }
    }
}

public sealed record EntityRelationsParameters : YearRangeParameters
{
    [FromQuery(Name = "direction"), Description(Docs.Direction), DefaultValue("both")]
    [AllowedValues(null, "out", "in", "both", ErrorMessage = "Must be out, in or both.")]
    public string? Direction { get; init; }

    public RelationFilter ToFilter(string entityId, PageParameters page) => new(
        ToCriteria(),
        entityId,
        Direction switch { "out" => Graph.Queries.Direction.Out, "in" => Graph.Queries.Direction.In, _ => Graph.Queries.Direction.Both },
        From,
        To,
        Limit: page.PageLimit,
        Offset: page.PageOffset,
        AsOf: AsOf,
        IncludeUndated: IncludeUndated);
}

public sealed record NeighbourhoodParameters : TraversalParameters
{
    [FromQuery(Name = "depth"), Description("How many hops from the entity, 1 to 3. Default 1."), DefaultValue(1)]
    [Range(1, 3, ErrorMessage = Docs.RangeMessage)]
    public int? Depth { get; init; }

    public const int DefaultLimit = 200;

    [FromQuery(Name = "limit"), DefaultValue(DefaultLimit)]
    [Description("The most nodes to return, 1 to 1000. Default 200. Nodes come by depth, then id, and the first `limit` " +
        "are kept; links are the relations among them by id, at most 5 × limit. `truncated` says whether any was left out.")]
    [Range(1, 1000, ErrorMessage = Docs.RangeMessage)]
    public int? Limit { get; init; }

    public NeighbourhoodQuery ToQuery(string entityId) =>
        new(entityId, Depth ?? 1, ToCriteria(), AsOf, IncludeUndated, Limit ?? DefaultLimit, IncludeEvidence);
}
