using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Api.Validation;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Export;

/// <summary>What to export and in which format; every format takes the same filters.</summary>
public sealed record ExportParameters : AsOfParameters
{
    [FromQuery(Name = "format"), DefaultValue("json")]
    [Description("`json` (node-link, networkx and d3), `graphml` (Gephi, yEd, Cytoscape, networkx), `gexf` (GEXF 1.3 " +
        "with time intervals, for Gephi's timeline), `csv` (a zip for neo4j-admin database import) or `cypher` " +
        "(a script that recreates the graph in Neo4j). Default json.")]
    [AllowedValues(null, "json", "graphml", "gexf", "csv", "cypher", ErrorMessage = "Must be json, graphml, gexf, csv or cypher.")]
    public string? Format { get; init; }

    [FromQuery(Name = "entity")]
    [Description("Export only this entity's ego network (the entities within `depth` hops and the relations among them) " +
        "instead of the whole graph.")]
    public string? Entity { get; init; }

    [FromQuery(Name = "depth"), DefaultValue(1)]
    [Description("Hops from `entity`, 1 to 3. Default 1. Only with `entity`.")]
    [Range(1, 3, ErrorMessage = Docs.RangeMessage)]
    public int? Depth { get; init; }

    [FromQuery(Name = "type"), Description(Docs.RelationTypes), KnownRelationTypes]
    public string[]? Type { get; init; }

    [FromQuery(Name = "status")]
    [Description("Only claims in this voice: `asserted`, `quoted`, `reported` or `contested` (see /api/relations).")]
    [AllowedValues(null, "asserted", "quoted", "reported", "contested", ErrorMessage = "Must be asserted, quoted, reported or contested.")]
    public string? Status { get; init; }

    public ExportFormat ToFormat() => ExportFormat.Named(Format ?? "json");

    public IReadOnlySet<string>? TypeSet => RelationTypeList.ToSet(Type);

    /// <summary>Whether any filter narrows the relations, so that entities without a selected relation drop out too.</summary>
    public bool FiltersRelations => TypeSet is not null || AsOf is not null || !KeepsUndated || Status is not null;

    public bool KeepsUndated => IncludeUndated;
}
