using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Entities;
using Prosopograph.Api.Errors;
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
            .WithSummary("Export the graph, or an entity's ego network, as node-link JSON, GraphML, GEXF, neo4j-admin CSV or Cypher")
            .ProducesValidationProblem();
        return app;
    }

    /// <summary>
    /// Every format is written straight to the response as it is produced (XmlWriter, a zip entry at a time, a
    /// statement at a time), under a file name that carries the dataset version.
    /// </summary>
    public static async Task<Results<Ok<NodeLinkGraph>, PushStreamHttpResult, NotFoundProblem, ValidationProblem>> ExportGraph(
        [AsParameters] ExportParameters parameters,
        CorpusModel corpus,
        IGraphStore store,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        if (parameters.Depth is not null && parameters.Entity is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["depth"] = ["Only with entity: depth counts hops from it."] });
        }

        if (await ExportSelection.SelectAsync(parameters, store, cancellationToken) is not { } selection)
        {
            return Problems.EntityNotFound(parameters.Entity!);
        }

        var content = new ExportContent(corpus, store.Export(selection.Query), selection);
        var format = parameters.ToFormat();
        var fileName = format.FileName(corpus.Version, parameters);
        if (format.Write is not { } write)
        {
            context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
            return TypedResults.Ok(AsNodeLinkGraph(content));
        }

        return TypedResults.Stream(stream => write(stream, content, cancellationToken), format.MediaType, fileName);
    }

    // Attributions may name an entity outside an ego network: the store resolves the reference with the link.
    private static NodeLinkGraph AsNodeLinkGraph(ExportContent content) => new(
        Directed: true,
        Multigraph: true,
        content.Graph,
        content.Nodes.Select(n => new NodeLinkNode(n.Id, n.Kind, n.Name, n.Aliases.AsAliasItems(), n.Notes, n.Existence?.AsDateItem())),
        content.Links.Select(AsRelationLink));

    // One link type for every graph answer: the voice names whom a claim is attributed to as an entity reference.
    private static RelationLink AsRelationLink(ExportLink link) => new(
        link.Id,
        link.Source,
        link.Target,
        link.Type,
        link.Date?.AsDateItem(),
        link.Validity.AsValidityItem(),
        new VoiceItem(
            ContractMapping.Parse<ClaimSource>(link.Voice.Source),
            link.AttributedToEntity?.AsEntityReference(),
            ContractMapping.Parse<ClaimStance>(link.Voice.Stance),
            link.Voice.DisputedBy),
        link.Evidence.Select(e => e.AsEvidenceItem()).ToList(),
        link.Note);
}
