using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Validation;

/// <summary>
/// Which relations a walk through the graph may follow, and whether its links bring their evidence: neighbourhoods
/// and paths share them.
/// </summary>
public abstract record TraversalParameters : AsOfParameters
{
    [FromQuery(Name = "include"), Description(Docs.IncludeEvidence)]
    [AllowedValues(null, "evidence", ErrorMessage = "Must be evidence (the only thing a graph answer can include).")]
    public string? Include { get; init; }

    public bool IncludeEvidence => Include == "evidence";
}
