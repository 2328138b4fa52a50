using Microsoft.AspNetCore.Http.HttpResults;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Validation;
using Prosopograph.Api.Errors;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph;

namespace Prosopograph.Api.Timeline;

public static class TimelineApi
{
    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/timeline").WithTags("Timeline")
            .MapGet("/", GetTimeline)
            .WithName("GetTimeline")
            .WithSummary("List dated relations in chronological order")
            .WithDescription("""
                Each relation is placed at its date, or at its start when it is a period; undated relations are
                left out. Dates keep the precision the text gives and sort by the first day they can denote; on a
                tie the coarser date comes first, because `1927` opens the year that contains `1927-03-01`
                (so `1927` < `1927-01` < `1927-01-01` < `1927-03-01` < `1928`). Relations on the same date sort by id.
                """)
            .ProducesValidationProblem();
        return app;
    }

    public static async Task<Results<Ok<PageResponse<RelationItem>>, NotFoundProblem>> GetTimeline(
        [AsParameters] TimelineParameters parameters, [AsParameters] ListParameters page, CorpusModel corpus, IGraphStore store, CancellationToken cancellationToken)
    {
        if (corpus.FirstUnknown(parameters.Entity) is { } unknown)
        {
            return Problems.EntityNotFound(unknown);
        }

        var timeline = await store.GetTimelineAsync(parameters.ToQuery(page), cancellationToken);
        return TypedResults.Ok(timeline.AsPageResponse(r => r.AsRelationItem()));
    }
}
