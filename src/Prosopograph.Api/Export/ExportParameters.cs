using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Api.Validation;

namespace Prosopograph.Api.Export;

/// <summary>The export takes the relation filters too: every entity is exported, only the matching relations.</summary>
public sealed record ExportParameters : RelationCriteriaParameters
{
    [FromQuery(Name = "format"), Description("The export format; only `json` (node-link JSON) for now, the default.")]
    [AllowedValues(null, "json", ErrorMessage = "Must be json.")]
    public string? Format { get; init; }
}
