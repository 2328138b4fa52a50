using Prosopograph.Graph.Embedded;

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
        if (!string.IsNullOrWhiteSpace(builder.Configuration["Neo4j:Uri"]))
        {
            // The Neo4j store registers itself here (builder.AddNeo4jGraphStore()). Until it does, refuse to start
            // rather than silently serve the embedded store to someone who asked for Neo4j.
            throw new InvalidOperationException("Neo4j:Uri is configured, but this build has no Neo4j graph store.");
        }

        builder.AddEmbeddedGraphStore();
        return builder;
    }
}
