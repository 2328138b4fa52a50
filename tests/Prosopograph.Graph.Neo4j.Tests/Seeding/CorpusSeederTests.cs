using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.Seeding;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.Graph.Neo4j.Tests.Seeding;

public sealed partial class CorpusSeederTests : FakeServerTests
{
    private Task<SeedReport> SeedAsync(CorpusModel corpus, int batchSize = 500) =>
        Neo4jTestHost.Build(Fake.BaseUri, corpus, new Dictionary<string, string?> { ["Neo4j:SeedBatchSize"] = batchSize.ToString() })
            .Services.GetRequiredService<CorpusSeeder>().SeedAsync();

    private List<RecordedRequest> RequestsFor(string statementName) =>
        Fake.Requests.Where(r => r.Statement == CypherCatalog.Text(statementName)).ToList();

    [Fact]
    public async Task SeedingTakesRequestsInProportionToRowsOverBatchSize()
    {
        var corpus = SyntheticCorpus.Build(entities: 300, relations: 2000, mentions: 700);

        var report = await SeedAsync(corpus, batchSize: 250);

        var relationBatches = RequestsFor("merge-relations");
        Assert.Equal(8, relationBatches.Count);
        Assert.All(relationBatches, r => Assert.Equal(250, r.RowCount));
        Assert.Equal(2, RequestsFor("merge-entities").Count);
        Assert.Equal(3, RequestsFor("merge-mentions").Count);
        var expected = SeedStatements.Schema.Count + 1 + 2 + 3 + 8 + SeedStatements.RemoveStale.Count;
        Assert.Equal(expected, Fake.Requests.Count);
        Assert.Equal(expected, report.Requests);
    }

    [Fact]
    public async Task SchemaStatementsEachGoAloneAndBeforeAnyData()
    {
        await SeedAsync(SyntheticCorpus.Build());

        var requests = Fake.Requests.ToList();
        var schema = requests.Take(SeedStatements.Schema.Count).ToList();
        Assert.Equal(SeedStatements.Schema.Select(s => s.Text), schema.Select(r => r.Statement));
        Assert.All(schema, r => Assert.Empty(r.Parameters));
        Assert.All(requests.Skip(schema.Count), r => Assert.DoesNotMatch(SchemaKeyword(), r.Statement));
    }

    [Fact]
    public async Task DataIsOnlyEverMergedSoARerunFindsEverythingInPlace()
    {
        var corpus = SyntheticCorpus.Build();
        await SeedAsync(corpus);
        var first = Fake.Requests.Select(r => r.Body.ToJsonString()).ToList();
        Fake.Requests.Clear();

        await SeedAsync(corpus);

        Assert.Equal(first, Fake.Requests.Select(r => r.Body.ToJsonString()));
        foreach (var statement in new[] { SeedStatements.MergeDocuments, SeedStatements.MergeEntities, SeedStatements.MergeMentions, SeedStatements.MergeRelations })
        {
            Assert.Contains("MERGE", statement.Text);
            Assert.DoesNotMatch(CreateOrDelete(), statement.Text);
            Assert.True(statement.Idempotent);
        }
    }

    [Fact]
    public async Task RemovalOnlyTouchesDataAnOlderCorpusMarked()
    {
        var corpus = SyntheticCorpus.Build(version: "v2");
        await SeedAsync(corpus);

        foreach (var statement in SeedStatements.RemoveStale)
        {
            Assert.Matches(MarkedAndStale(), statement.Text);
            Assert.Equal("v2", Assert.Single(RequestsFor(statement.Name)).Parameters["version"]!.GetValue<string>());
        }

        var others = Fake.Requests.Where(r => SeedStatements.RemoveStale.Concat(SeedStatements.Schema).All(s => s.Text != r.Statement));
        Assert.All(others, r => Assert.DoesNotMatch(CreateOrDelete(), r.Statement));
    }

    [GeneratedRegex(@"\b(CONSTRAINT|INDEX|awaitIndexes)\b")]
    private static partial Regex SchemaKeyword();

    [GeneratedRegex(@"^(?!\s*//).*\b(CREATE|DELETE)\b", RegexOptions.Multiline)]
    private static partial Regex CreateOrDelete();

    // The marker must be present and from another corpus version: hand-added data has no corpusVersion at all.
    [GeneratedRegex(@"WHERE (\w+)\.corpusVersion IS NOT NULL AND \1\.corpusVersion <> \$version\s+(DETACH )?DELETE \1\s*$")]
    private static partial Regex MarkedAndStale();
}
