using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Prosopograph.Graph.Neo4j.Tests.Api;

/// <summary>The whole API configured for Neo4j at <paramref name="neo4j"/>, with short timeouts so failures come fast.</summary>
public sealed class Neo4jApiFactory(Uri neo4j, bool seedOnStartup = false) : WebApplicationFactory<Program>
{
    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corpus:Path"] = Path.Combine(AppContext.BaseDirectory, "seed"),
            ["Neo4j:Uri"] = neo4j.ToString(),
            ["Neo4j:User"] = "neo4j",
            ["Neo4j:Password"] = "a-test-password",
            ["Neo4j:QueryTimeout"] = "00:00:05",
            ["Neo4j:MaxRetryAttempts"] = "1",
            ["Neo4j:RetryBaseDelay"] = "00:00:00.01",
            ["Neo4j:SeedOnStartup"] = seedOnStartup ? "true" : "false",
            ["Neo4j:SeedRetryDelay"] = "00:00:00.05",
        }));
        return base.CreateHost(builder);
    }
}
