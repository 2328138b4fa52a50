using Microsoft.AspNetCore.Http.HttpResults;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Errors;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph;

namespace Prosopograph.Api.Paths;

public static class PathsApi
{
    public static IEndpointRouteBuilder MapPathsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/paths").WithTags("Paths")
            .MapGet("/", FindPaths)
            .WithName("FindPaths")
            .WithSummary("Find the shortest paths between two entities, with each edge's evidence")
            .WithDescription("Relations are followed in either direction. Every path returned has the shortest length " +
                "found within maxLength; an empty list means no path of at most maxLength exists under the filters.")
            .ProducesValidationProblem();
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<PathItem>>, NotFoundProblem>> FindPaths(
        [AsParameters] PathParameters parameters, CorpusModel corpus, IGraphStore store, CancellationToken cancellationToken)
    {
        var query = parameters.ToQuery();
        if (corpus.FirstUnknown(query.From, query.To) is { } unknown)
        {
            return Problems.EntityNotFound(unknown);
        }

        var paths = await store.FindPathsAsync(query, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PathItem>>(paths.Select(p => p.AsPathItem()).ToList());
    }
}
