using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Hosting;

namespace Prosopograph.Graph.Neo4j.Tests.Live;

/// <summary>The Neo4j store's services against the live server, for a given corpus, with seeding left to the test.</summary>
public static class LiveHost
{
    public static IServiceProvider Build(IReadOnlyDictionary<string, string?> server, CorpusModel corpus)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(server);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Neo4j:SeedOnStartup"] = "false" });
        builder.Logging.ClearProviders();
        builder.AddNeo4jGraphStore();
        builder.Services.AddSingleton(new CorpusSnapshots(corpus));
        return builder.Build().Services;
    }
}
