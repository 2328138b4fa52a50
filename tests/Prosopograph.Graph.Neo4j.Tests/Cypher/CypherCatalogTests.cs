using System.Reflection;
using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.QueryApi;

namespace Prosopograph.Graph.Neo4j.Tests.Cypher;

public sealed class CypherCatalogTests
{
    private static IEnumerable<CypherStatement> Queries =>
        typeof(QueryStatements).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => (CypherStatement)p.GetValue(null)!);

    private static IEnumerable<CypherStatement> Seeding =>
        SeedStatements.Schema.Concat(SeedStatements.RemoveStale).Concat(
        [
            SeedStatements.MergeDocuments, SeedStatements.MergeEntities, SeedStatements.MergeMentions, SeedStatements.MergeRelations,
        ]);

    [Fact]
    public void EveryEmbeddedFileIsAStatementTheCodeRunsAndNoneIsMissing()
    {
        var used = Queries.Concat(Seeding).Select(s => s.Name).Order().ToList();

        Assert.Equal(CypherCatalog.Names.Order(), used);
    }

    [Fact]
    public void EveryQueryIsSentAsAReadSoAClusterCanRouteIt() =>
        Assert.All(Queries, s => Assert.Equal(AccessMode.Read, s.AccessMode));

    [Fact]
    public void TheCatalogueServesTheFileAsWritten()
    {
        var onDisk = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Prosopograph.Graph.Neo4j", "Cypher", "Queries", "find-entity.cypher"));

        Assert.Equal(onDisk, CypherCatalog.Text("find-entity"));
    }
}
