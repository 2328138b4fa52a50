using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Prosopograph.Graph.Hosting;
using Prosopograph.Graph.Neo4j.Configuration;
using Prosopograph.Graph.Neo4j.QueryApi;
using Prosopograph.Graph.Neo4j.Seeding;
using Prosopograph.Graph.Neo4j.Store;

namespace Prosopograph.Graph.Neo4j;

public static class Neo4jGraphStoreExtensions
{
    /// <summary>Whether a Neo4j server is configured (Neo4j:Uri, or NEO4J_URI through <see cref="Neo4jEnvironmentVariables"/>).</summary>
    public static bool IsNeo4jConfigured(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Uri)}"]);

    /// <summary>
    /// The Neo4j graph store: the Query API client (IHttpClientFactory, transient retries), the store, corpus
    /// seeding in the background on start-up, and a "ready" health check that stays unhealthy, with the reason,
    /// until the corpus is in Neo4j.
    /// </summary>
    public static IHostApplicationBuilder AddNeo4jGraphStore(this IHostApplicationBuilder builder)
    {
        builder.AddCorpus();
        builder.Services.AddOptions<Neo4jOptions>()
            .BindConfiguration(Neo4jOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The client owns the per-call timeout (retries included), so HttpClient's own 100 s timeout is switched off.
        builder.Services.AddHttpClient(QueryApiClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("neo4j-transient", (pipeline, context) =>
                TransientRetry.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<Neo4jOptions>>().Value));

        builder.Services.AddSingleton<INeo4jQueryRunner, QueryApiClient>();
        builder.Services.AddSingleton<Neo4jGraphStore>();
        builder.Services.AddSingleton<IGraphStore>(services => services.GetRequiredService<Neo4jGraphStore>());
        builder.Services.AddSingleton<CorpusSeeder>();
        builder.Services.AddSingleton<SeedingStatus>();
        builder.Services.AddSingleton<IGraphStoreSyncState>(services => services.GetRequiredService<SeedingStatus>());
        builder.Services.AddHostedService<SeedingService>();
        builder.Services.AddHealthChecks().AddCheck<Neo4jReadinessCheck>("neo4j", tags: ["ready"]);
        return builder;
    }
}
