using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Entities;
using Prosopograph.Graph;
using Prosopograph.Graph.Views;

namespace Prosopograph.Api.Export;

public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/export").WithTags("Export")
            .MapGet("/", ExportGraph)
            .WithName("ExportGraph")
            .WithSummary("Export the whole graph as node-link JSON (networkx, d3)")
            .ProducesValidationProblem();
        return app;
    }

    public static async Task<Ok<NodeLinkGraph>> ExportGraph(
        [Description("The export format; only `json` (node-link JSON) for now, the default.")]
        [AllowedValues(null, "json", ErrorMessage = "Must be json.")]
        string? format,
        IGraphStore store,
        CancellationToken cancellationToken)
    {
        var export = await store.ExportAsync(cancellationToken);
        return TypedResults.Ok(AsNodeLinkGraph(export));
    }

    private static NodeLinkGraph AsNodeLinkGraph(GraphExport export) => new(
        export.Directed,
        export.Multigraph,
        export.Graph,
        export.Nodes.Select(n => new NodeLinkNode(n.Id, n.Kind, n.Name, n.Aliases.AsAliasItems(), n.Notes, n.Existence?.AsDateItem())).ToList(),
        export.Links.Select(AsNodeLinkLink).ToList());

    private static NodeLinkLink AsNodeLinkLink(ExportLink link) => new(
        link.Id,
        link.Source,
        link.Target,
        link.Type,
        link.Date?.AsDateItem(),
        link.Validity.AsValidityItem(),
        ContractMapping.ClaimStatusOf(link.Status),
        link.AttributedTo,
        link.Evidence.Select(e => e.AsEvidenceItem()).ToList(),
        link.Note);
}
