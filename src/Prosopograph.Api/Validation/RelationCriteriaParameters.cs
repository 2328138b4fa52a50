using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Graph.Queries;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Validation;

/// <summary>
/// The relation filters every endpoint that returns relations takes, declared once (see <see cref="RelationCriteria"/>).
/// Each list is the union of its values, repeated or comma-separated.
/// </summary>
public abstract record RelationCriteriaParameters
{
    [FromQuery(Name = "type"), Description(Docs.RelationTypes), KnownRelationTypes]
    public string[]? Type { get; init; }

    [FromQuery(Name = "exact"), Description(Docs.ExactTypes), DefaultValue(false)]
    public bool? Exact { get; init; }

    [FromQuery(Name = "source"), Description(Docs.ClaimSources), ListOf("author", "quoted", "reported")]
    public string[]? Source { get; init; }

    [FromQuery(Name = "stance"), Description(Docs.Stances), ListOf("asserted", "disputed")]
    public string[]? Stance { get; init; }

    public RelationCriteria ToCriteria() =>
        new(QueryList.ToSet(Type), Exact ?? false, QueryList.ToSet(Source), QueryList.ToSet(Stance));
}
