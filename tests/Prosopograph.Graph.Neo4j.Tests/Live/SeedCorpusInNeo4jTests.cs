using Microsoft.Extensions.DependencyInjection;
using Prosopograph.Graph.Neo4j.Export;
using Prosopograph.Graph.Neo4j.QueryApi;
using Prosopograph.Graph.Neo4j.Seeding;
using Prosopograph.Graph.Neo4j.Tests.Cypher;

namespace Prosopograph.Graph.Neo4j.Tests.Live;

/// <summary>
/// The seed corpus in a live Neo4j two ways, seeding and the Cypher export, and the store reads the same graph from
/// both; each twice, since both must be safe to run again. Skipped, with the reason, without a server.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class SeedCorpusInNeo4jTests
{
    private static readonly CypherStatement EmptyDatabase =
        new("test-empty-database", "MATCH (n) DETACH DELETE n", AccessMode.Write, Idempotent: true);

    [SkippableFact]
    public async Task SeedingTheSeedCorpusTwiceLeavesExactlyItsGraph()
    {
        var services = LiveHost.Build(await Neo4jServer.RequireAsync(), SeedCorpus.Model);
        await services.GetRequiredService<INeo4jQueryRunner>().RunAsync(EmptyDatabase, null);

        await services.GetRequiredService<CorpusSeeder>().SeedAsync();
        await services.GetRequiredService<CorpusSeeder>().SeedAsync();

        await AssertHoldsTheSeedCorpusAsync(services.GetRequiredService<IGraphStore>());
    }

    [SkippableFact]
    public async Task TheCypherExportRunTwiceOnAnEmptyDatabaseGivesTheGraphTheStoreReads()
    {
        var services = LiveHost.Build(await Neo4jServer.RequireAsync(), SeedCorpus.Model);
        var runner = services.GetRequiredService<INeo4jQueryRunner>();
        await runner.RunAsync(EmptyDatabase, null);
        var statements = CypherScript.Statements(SeedCorpus.Everything).ToList();

        for (var run = 0; run < 2; run++)
        {
            foreach (var (statement, index) in statements.Select((s, i) => (s, i)))
            {
                await runner.RunAsync(new CypherStatement($"export-{index}", statement, AccessMode.Write, Idempotent: true), null);
            }
        }

        await AssertHoldsTheSeedCorpusAsync(services.GetRequiredService<IGraphStore>());
    }

    private static async Task AssertHoldsTheSeedCorpusAsync(IGraphStore store)
    {
        var corpus = SeedCorpus.Model;
        var stats = await store.GetStatsAsync();
        Assert.Equal((corpus.Version, corpus.Documents.Count, corpus.Entities.Count, corpus.Relations.Count, corpus.Mentions.Count),
            (stats.Version, stats.Documents, stats.Entities, stats.Relations, stats.Mentions));
        var relation = await store.FindRelationAsync("r-mercader-assassinated-trotsky");
        var expected = corpus.Relations.Single(r => r.Id == "r-mercader-assassinated-trotsky");
        Assert.NotNull(relation);
        Assert.Equal((expected.Subject, expected.Object, expected.Date?.Date.ToString(), expected.Evidence[0].Quote, expected.Evidence[0].Start),
            (relation.Source.Id, relation.Target.Id, relation.Date?.Edtf, relation.Evidence[0].Quote, relation.Evidence[0].Start));
        var trotsky = await store.FindEntityAsync("trotsky");
        Assert.Equal(corpus.EntitiesById["trotsky"].Aliases.Select(a => a.Name), trotsky!.Aliases.Select(a => a.Name));
    }
}
