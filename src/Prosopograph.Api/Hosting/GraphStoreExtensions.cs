using Prosopograph.Graph.Embedded;
using Prosopograph.Graph.Neo4j;
using Prosopograph.Graph.Neo4j.Configuration;

namespace Prosopograph.Api.Hosting;

public static class GraphStoreExtensions
{
    /// <summary>
    /// Chooses the graph store: the Neo4j store when <c>Neo4j:Uri</c> is configured, otherwise the embedded
    /// in-memory store built from the corpus. Either way the corpus itself is registered, because request
    /// validation checks kinds and relation types against its vocabulary.
    /// </summary>
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        // NEO4J_URI, NEO4J_USER, ... (the names Neo4j's own tools use) count as Neo4j:* settings, but below every
        // other source: appsettings, Neo4j__Uri variables, the command line and tests still have the last word.
        builder.Configuration.Sources.Insert(0, new ChainedConfigurationSource
        {
            Configuration = new ConfigurationBuilder().AddNeo4jEnvironmentVariables().Build(),
            ShouldDisposeConfiguration = true,
        });

        if (builder.Configuration.IsNeo4jConfigured())
        {
            builder.AddNeo4jGraphStore();
        }
        else
        {
            builder.AddEmbeddedGraphStore();
        }

        return builder;
    }
}
