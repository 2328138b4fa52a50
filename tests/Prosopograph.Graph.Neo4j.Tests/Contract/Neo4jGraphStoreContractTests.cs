using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Configuration;
using Prosopograph.Graph.Neo4j.Seeding;
using Prosopograph.Graph.Tests.Contract;

namespace Prosopograph.Graph.Neo4j.Tests.Contract;

/// <summary>
/// The store contract against a live Neo4j named by NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD (and optionally
/// NEO4J_DATABASE), seeded with the contract fixture first. Seeding replaces the corpus data in that database (an
/// older corpus's data is stale to the seeder), so point it at a throwaway server, e.g. `docker compose up -d neo4j`.
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateStoreAsync(CorpusModel corpus)
    {
        var environment = new ConfigurationBuilder().AddNeo4jEnvironmentVariables().Build();
        var options = environment.GetSection(Neo4jOptions.SectionName);
        Skip.If(!environment.IsNeo4jConfigured() || string.IsNullOrEmpty(options["User"]) || string.IsNullOrEmpty(options["Password"]),
            "No Neo4j server: set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD (see docs/neo4j.md) to run the store contract against Neo4j.");

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(environment);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Neo4j:SeedOnStartup"] = "false" });
        builder.Logging.ClearProviders();
        builder.AddNeo4jGraphStore();
        builder.Services.AddSingleton(new Prosopograph.Graph.Hosting.CorpusSnapshots(corpus));
        var services = builder.Build().Services;
        await services.GetRequiredService<CorpusSeeder>().SeedAsync();
        return services.GetRequiredService<IGraphStore>();
    }
}
