using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Prosopograph.Graph;
using Prosopograph.Graph.Hosting;

namespace Prosopograph.Api.Status;

[Description("The corpus being served and whether the graph store answers from it yet (Neo4j syncs each write after it is durable).")]
public sealed record CorpusStatus(
    [property: Description("The corpus version in the files: the X-Dataset-Version of new answers.")] string DatasetVersion,
    int Documents,
    [property: Description("embedded or neo4j.")] string Store,
    [property: Description("The corpus version the store holds completely; absent until its first sync.")] string? StoreVersion,
    [property: Description("True when the store holds the version in the files.")] bool InStep,
    string Detail);

public static class StatusApi
{
    public static IEndpointRouteBuilder MapStatusApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/status", GetStatus)
            .WithTags("Status")
            .WithName("GetStatus")
            .WithSummary("Show the corpus version and whether the graph store is in step with it");
        return app;
    }

    public static Ok<CorpusStatus> GetStatus(CorpusSnapshots snapshots, IGraphStoreSyncState sync)
    {
        var corpus = snapshots.Current;
        var store = sync.Current;
        return TypedResults.Ok(new CorpusStatus(corpus.Version, corpus.Documents.Count, store.Store, store.SyncedVersion, store.InStep, store.Description));
    }
}
