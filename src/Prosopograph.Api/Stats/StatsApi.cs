using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Prosopograph.Graph;

namespace Prosopograph.Api.Stats;

[Description("Counts over the whole graph, and the dataset version (a content hash of the corpus) to cite answers by.")]
public sealed record StatsResponse(
    string Version,
    int Documents,
    int Entities,
    int Relations,
    int Mentions,
    IReadOnlyDictionary<string, int> EntitiesByKind,
    IReadOnlyDictionary<string, int> RelationsByType);

public static class StatsApi
{
    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/stats").WithTags("Stats")
            .MapGet("/", GetStats)
            .WithName("GetStats")
            .WithSummary("Count entities by kind and relations by type, with the dataset version");
        return app;
    }

    public static async Task<Ok<StatsResponse>> GetStats(IGraphStore store, CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken);
        return TypedResults.Ok(new StatsResponse(
            stats.Version, stats.Documents, stats.Entities, stats.Relations, stats.Mentions, stats.EntitiesByKind, stats.RelationsByType));
    }
}
