using Microsoft.Extensions.DependencyInjection;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Seeding;
using Prosopograph.Graph.Neo4j.Tests.Live;
using Prosopograph.Graph.Tests.Contract;

namespace Prosopograph.Graph.Neo4j.Tests.Contract;

/// <summary>
/// The store contract against a live Neo4j (see <see cref="Neo4jServer"/>: NEO4J_URI, else a container Testcontainers
/// starts), seeded with the contract fixture first. Seeding replaces the corpus data in that database (an older
/// corpus's data is stale to the seeder), so a server named by NEO4J_URI must be a throwaway one.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateStoreAsync(CorpusModel corpus)
    {
        var services = LiveHost.Build(await Neo4jServer.RequireAsync(), corpus);
        await services.GetRequiredService<CorpusSeeder>().SeedAsync();
        return services.GetRequiredService<IGraphStore>();
    }
}
