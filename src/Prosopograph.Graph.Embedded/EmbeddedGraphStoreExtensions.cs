using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Prosopograph.Graph.Hosting;

namespace Prosopograph.Graph.Embedded;

public static class EmbeddedGraphStoreExtensions
{
    /// <summary>The default store: the corpus in memory, no server needed.</summary>
    public static IHostApplicationBuilder AddEmbeddedGraphStore(this IHostApplicationBuilder builder)
    {
        builder.AddCorpus();
        builder.Services.AddSingleton<EmbeddedGraphStore>();
        builder.Services.AddSingleton<IGraphStore>(services => services.GetRequiredService<EmbeddedGraphStore>());
        builder.Services.AddSingleton<IGraphStoreSyncState>(services => services.GetRequiredService<EmbeddedGraphStore>());
        builder.Services.AddHostedService<EmbeddedStoreLoader>();
        builder.Services.AddHealthChecks().AddCheck<EmbeddedStoreHealthCheck>("embedded-graph-store", tags: ["ready"]);
        return builder;
    }
}
