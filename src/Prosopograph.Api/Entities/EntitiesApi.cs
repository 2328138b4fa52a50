using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Errors;
using Prosopograph.Api.Validation;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph;

namespace Prosopograph.Api.Entities;

public static class EntitiesApi
{
    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/entities").WithTags("Entities");

        // ProducesValidationProblem documents the 400 that the validation filter, not the handler, returns.
        api.MapGet("/", SearchEntities)
            .WithName("SearchEntities")
            .WithSummary("Search people, organisations, places and works by name or alias")
            .ProducesValidationProblem();
        api.MapGet("/{id}", GetEntity)
            .WithName("GetEntity")
            .WithSummary("Get an entity with its relation counts and the documents that mention it");
        api.MapGet("/{id}/relations", GetEntityRelations)
            .WithName("GetEntityRelations")
            .WithSummary("List the relations touching an entity, in timeline order, a page at a time")
            .ProducesValidationProblem();
        api.MapGet("/{id}/neighbourhood", GetNeighbourhood)
            .WithName("GetNeighbourhood")
            .WithSummary("Get an entity's ego network as a node-link graph, capped at limit nodes")
            .ProducesValidationProblem();
        return app;
    }

    public static async Task<Ok<PageResponse<EntityItem>>> SearchEntities(
        [AsParameters] SearchEntitiesParameters parameters, IGraphStore store, CancellationToken cancellationToken)
    {
        var page = await store.SearchEntitiesAsync(parameters.ToSearch(), cancellationToken);
        return TypedResults.Ok(page.AsPageResponse(e => e.AsEntityItem()));
    }

    public static async Task<Results<Ok<EntityDetails>, NotFoundProblem>> GetEntity(
        [Description(ParameterDescriptions.EntityId)] string id, IGraphStore store, CancellationToken cancellationToken) =>
        await store.FindEntityAsync(id, cancellationToken) is { } entity
            ? TypedResults.Ok(entity.AsEntityDetails())
            : Problems.EntityNotFound(id);

    public static async Task<Results<Ok<PageResponse<RelationItem>>, NotFoundProblem>> GetEntityRelations(
        [Description(ParameterDescriptions.EntityId)] string id,
        [AsParameters] EntityRelationsParameters parameters,
        [AsParameters] ListParameters page,
        CorpusModel corpus,
        IGraphStore store,
        CancellationToken cancellationToken)
    {
        if (corpus.FirstUnknown(id) is { } unknown)
        {
            return Problems.EntityNotFound(unknown);
        }

        var relations = await store.QueryRelationsAsync(parameters.ToFilter(id, page), cancellationToken);
        return TypedResults.Ok(relations.AsPageResponse(r => r.AsRelationItem()));
    }

    public static async Task<Results<Ok<SubgraphResponse>, NotFoundProblem>> GetNeighbourhood(
        [Description(ParameterDescriptions.EntityId)] string id,
        [AsParameters] NeighbourhoodParameters parameters,
        IGraphStore store,
        CancellationToken cancellationToken) =>
        await store.GetNeighbourhoodAsync(parameters.ToQuery(id), cancellationToken) is { } subgraph
            ? TypedResults.Ok(subgraph.AsSubgraphResponse(parameters.IncludeEvidence))
            : Problems.EntityNotFound(id);
}
