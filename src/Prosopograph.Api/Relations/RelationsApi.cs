using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Validation;
using Prosopograph.Api.Errors;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph;

namespace Prosopograph.Api.Relations;

public static class RelationsApi
{
    public static IEndpointRouteBuilder MapRelationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/relations").WithTags("Relations");
        api.MapGet("/", ListRelations)
            .WithName("ListRelations")
            .WithSummary("List relations by type, entity, years and claim status, a page at a time")
            .ProducesValidationProblem();
        api.MapGet("/{id}", GetRelation)
            .WithName("GetRelation")
            .WithSummary("Get one relation with its full evidence");
        return app;
    }

    public static async Task<Results<Ok<PageResponse<RelationItem>>, NotFoundProblem>> ListRelations(
        [AsParameters] RelationListParameters parameters, [AsParameters] ListParameters page, CorpusModel corpus, IGraphStore store, CancellationToken cancellationToken)
    {
        if (corpus.FirstUnknown(parameters.Entity) is { } unknown)
        {
            return Problems.EntityNotFound(unknown);
        }

        var relations = await store.QueryRelationsAsync(parameters.ToFilter(page), cancellationToken);
        return TypedResults.Ok(relations.AsPageResponse(r => r.AsRelationItem()));
    }

    public static async Task<Results<Ok<RelationItem>, NotFoundProblem>> GetRelation(
        [Description("A relation id, as returned with every relation.")] string id, IGraphStore store, CancellationToken cancellationToken) =>
        await store.FindRelationAsync(id, cancellationToken) is { } relation
            ? TypedResults.Ok(relation.AsRelationItem())
            : Problems.NotFound("relation", id);
}
