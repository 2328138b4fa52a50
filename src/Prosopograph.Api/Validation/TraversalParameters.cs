using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Validation;

/// <summary>Which relations a walk through the graph may follow: neighbourhoods and paths share them.</summary>
public abstract record TraversalParameters
{
    [FromQuery(Name = "type"), Description(Docs.RelationTypes), KnownRelationTypes]
    public string[]? Type { get; init; }

    [FromQuery(Name = "asOf"), Description(Docs.AsOf)]
    [Range(YearRanges.Earliest, YearRanges.Latest, ErrorMessage = Docs.RangeMessage)]
    public int? AsOf { get; init; }

    protected IReadOnlySet<string>? TypeSet => RelationTypeList.ToSet(Type);
}
