using Microsoft.AspNetCore.Http.HttpResults;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Validation;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph;
using Prosopograph.Graph.Views;
using CorpusVocabulary = Prosopograph.Corpus.Model.Vocabulary;

namespace Prosopograph.Api.Vocabulary;

public static class VocabularyApi
{
    public static IEndpointRouteBuilder MapVocabularyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Vocabulary");
        api.MapGet("/relation-types", ListRelationTypes)
            .WithName("ListRelationTypes")
            .WithSummary("List the relation types of the vocabulary, with how many relations use each");
        api.MapGet("/entity-kinds", ListEntityKinds)
            .WithName("ListEntityKinds")
            .WithSummary("List the entity kinds of the vocabulary, with how many entities are of each");
        return app;
    }

    public static async Task<Ok<PageResponse<RelationTypeItem>>> ListRelationTypes(
        [AsParameters] ListParameters parameters, IGraphStore store, CancellationToken cancellationToken)
    {
        var types = await store.GetRelationTypesAsync(cancellationToken);
        return TypedResults.Ok(parameters.PageOf(types, AsRelationTypeItem));
    }

    public static async Task<Ok<PageResponse<EntityKindItem>>> ListEntityKinds(
        [AsParameters] ListParameters parameters, CorpusVocabulary vocabulary, IGraphStore store, CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken);
        return TypedResults.Ok(parameters.PageOf(
            vocabulary.EntityKinds,
            k => new EntityKindItem(k.Id, k.Label, k.Description, stats.EntitiesByKind.GetValueOrDefault(k.Id))));
    }

    private static RelationTypeItem AsRelationTypeItem(RelationTypeUsage type) => new(
        type.Id,
        type.Label,
        type.Inverse,
        type.Description,
        type.SubjectKinds,
        type.ObjectKinds,
        type.Symmetric,
        Enum.Parse<Temporality>(type.Temporal, ignoreCase: true),
        type.Broader,
        type.Narrower,
        type.Family,
        type.Count);
}
