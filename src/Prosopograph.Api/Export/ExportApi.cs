using Microsoft.AspNetCore.Http.HttpResults;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Entities;
using Prosopograph.Corpus.Model;
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
        [AsParameters] ExportParameters parameters, IGraphStore store, CancellationToken cancellationToken)
    {
        var export = await store.ExportAsync(parameters.ToCriteria(), cancellationToken);
        return TypedResults.Ok(AsNodeLinkGraph(export));
    }

    private static NodeLinkGraph AsNodeLinkGraph(GraphExport export)
    {
        var entities = export.Nodes.ToDictionary(n => n.Id, n => new EntityReference(n.Id, n.Name, n.Kind), StringComparer.Ordinal);
        return new(
            export.Directed,
            export.Multigraph,
            export.Graph,
            export.Nodes.Select(n => new NodeLinkNode(n.Id, n.Kind, n.Name, n.Aliases.AsAliasItems(), n.Notes, n.Existence?.AsDateItem())).ToList(),
            export.Links.Select(l => AsRelationLink(l, entities)).ToList());
    }

    // One link type for every graph answer: the voice names whom a claim is attributed to as an entity reference, the
    // export's nodes holding every entity.
    private static RelationLink AsRelationLink(ExportLink link, Dictionary<string, EntityReference> entities) => new(
        link.Id,
        link.Source,
        link.Target,
        link.Type,
        link.Date?.AsDateItem(),
        link.Validity.AsValidityItem(),
        new VoiceItem(
            ContractMapping.Parse<ClaimSource>(link.Voice.Source),
            link.Voice.AttributedTo is { } attributedTo ? entities[attributedTo] : null,
            ContractMapping.Parse<ClaimStance>(link.Voice.Stance),
            link.Voice.DisputedBy),
        link.Evidence.Select(e => e.AsEvidenceItem()).ToList(),
        link.Note);
}
