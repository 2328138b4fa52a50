using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.Seeding;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.Graph.Neo4j.Tests.Seeding;

public sealed partial class CorpusSeederTests : FakeServerTests
{
    private Task<SeedReport> SeedAsync(CorpusModel corpus, int batchSize = 500, int maxChars = 4_000_000) =>
        Neo4jTestHost.Build(Fake.BaseUri, corpus, new Dictionary<string, string?>
            {
                ["Neo4j:SeedBatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
                ["Neo4j:SeedBatchMaxChars"] = maxChars.ToString(CultureInfo.InvariantCulture),
            })
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

    [Theory]
    [InlineData(1, 1, 1, 7)]
    [InlineData(999, 1000, 1001, 100)]
    [InlineData(20_000, 3_000, 4_500, 500)]
    public async Task RequestsAreTheSchemaOneBatchPerBatchSizeOfEachKindAndTheCleanup(int relations, int entities, int mentions, int batchSize)
    {
        var report = await SeedAsync(SyntheticCorpus.Build(entities, relations, mentions), batchSize);

        var batches = Batches(1, batchSize) + Batches(entities, batchSize) + Batches(mentions, batchSize) + Batches(relations, batchSize);
        Assert.Equal(SeedStatements.Schema.Count + batches + SeedStatements.RemoveStale.Count, Fake.Requests.Count);
        Assert.Equal(Fake.Requests.Count, report.Requests);
        Assert.All(Fake.Requests, r => Assert.InRange(r.RowCount, 0, batchSize));
        Assert.Equal(relations, RequestsFor("merge-relations").Sum(r => r.RowCount));
    }

    [Fact]
    public async Task LongDocumentsGoInBatchesBoundedByTheirText()
    {
        var corpus = SyntheticCorpus.Build(entities: 50, documents: 10);
        var length = corpus.Documents[0].Text.Length + corpus.Documents[0].Title.Length;

        await SeedAsync(corpus, batchSize: 500, maxChars: (3 * length) + 1);

        var batches = RequestsFor("merge-documents");
        Assert.Equal([3, 3, 3, 1], batches.Select(r => r.RowCount));
        Assert.All(batches, r => Assert.InRange(r.Parameters["rows"]!.AsArray().Sum(d => d!["text"]!.GetValue<string>().Length), 0, 3 * length));
    }

    [Fact]
    public async Task ADocumentLongerThanTheTextBoundGoesAlone()
    {
        await SeedAsync(SyntheticCorpus.Build(entities: 50, documents: 3), batchSize: 500, maxChars: 10);

        Assert.Equal([1, 1, 1], RequestsFor("merge-documents").Select(r => r.RowCount));
    }

    private static int Batches(int rows, int batchSize) => (rows + batchSize - 1) / batchSize;

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
