using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Prosopograph.Api.Validation;
using Prosopograph.Graph.Queries;
using Docs = Prosopograph.Api.Validation.ParameterDescriptions;

namespace Prosopograph.Api.Export;

/// <summary>
/// What to export and in which format. Every format takes the relation filters every other endpoint takes (type,
/// exact, source, stance, asOf, undated): the whole graph keeps every entity and the relations that pass them.
/// </summary>
public sealed record ExportParameters : AsOfParameters
{
    [FromQuery(Name = "format"), DefaultValue("json")]
    [Description("`json` (node-link, networkx and d3), `graphml` (Gephi, yEd, Cytoscape, networkx), `gexf` (GEXF 1.3 " +
        "with time intervals, for Gephi's timeline), `csv` (a zip for neo4j-admin database import) or `cypher` " +
        "(a script that recreates the graph in Neo4j). Default json.")]
    [AllowedValues(null, "json", "graphml", "gexf", "csv", "cypher", ErrorMessage = "Must be json, graphml, gexf, csv or cypher.")]
    public string? Format { get; init; }

    [FromQuery(Name = "entity")]
    [Description("Export only this entity's ego network (the entities within `depth` hops and the relations among them, " +
        "as /api/entities/{id}/neighbourhood answers it) instead of the whole graph.")]
    public string? Entity { get; init; }

    [FromQuery(Name = "depth"), DefaultValue(1)]
    [Description("Hops from `entity`, 1 to 3. Default 1. Only with `entity`.")]
    [Range(1, 3, ErrorMessage = Docs.RangeMessage)]
    public int? Depth { get; init; }

    public ExportFormat ToFormat() => ExportFormat.Named(Format ?? "json");

    public ExportQuery ToQuery() => new(ToCriteria(), AsOf, IncludeUndated);
}
