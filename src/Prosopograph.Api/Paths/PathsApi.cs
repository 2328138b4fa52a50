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
            .WithSummary("Find the shortest paths between two entities")
            .WithDescription("Relations are followed in either direction. Every path returned has the shortest length " +
                "found within maxLength; no item, and truncated false, means no path of at most maxLength exists under the " +
                "filters. Each path is a node-link graph (links reference nodes by id); include=evidence adds each link's " +
                "evidence. total counts the paths returned (at most limit); offset is always 0.")
            .ProducesValidationProblem();
        return app;
    }

    public static async Task<Results<Ok<PathsResponse>, NotFoundProblem>> FindPaths(
        [AsParameters] PathParameters parameters, CorpusModel corpus, IGraphStore store, CancellationToken cancellationToken)
    {
        var query = parameters.ToQuery();
        if (corpus.FirstUnknown(query.From, query.To) is { } unknown)
        {
            return Problems.EntityNotFound(unknown);
        }

        var found = await store.FindPathsAsync(query, cancellationToken);
        // The store finds at most limit paths, so the envelope's total counts those found, not every shortest path.
        var paths = found.Paths.Select(p => p.AsPathItem(query.IncludeEvidence)).ToList();
        return TypedResults.Ok(new PathsResponse(paths, paths.Count, query.Limit, 0, found.Truncated));
    }
}
