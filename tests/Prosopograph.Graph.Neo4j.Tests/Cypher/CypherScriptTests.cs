using System.Globalization;
using System.Text.RegularExpressions;
using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.Export;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.Graph.Neo4j.Tests.Cypher;

/// <summary>Lints every statement of the seed corpus's Cypher export, one file each, in one linter run.</summary>
public sealed class LintedCypherScript : IAsyncLifetime
{
    public IReadOnlyList<string> Statements { get; } = CypherScript.Statements(SeedCorpus.Everything).ToList();

    public LintRun Run { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Run = await CypherLinter.LintFilesAsync(Statements.Select((s, i) => KeyValuePair.Create($"{i:D4}.cypher", s)));

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class CypherScriptTests(LintedCypherScript script) : IClassFixture<LintedCypherScript>
{
    [Fact]
    public void EveryStatementOfTheExportedScriptPassesNeo4jsAnalyser()
    {
        Assert.True(script.Run.ExitCode == 0, script.Run.Output);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"cypher-lint: {script.Statements.Count} files, 0 examples in 0 documents, 0 problems"), script.Run.Output);
    }

    [Fact]
    public async Task TheScriptIsExactlyTheLintedStatementsInOrder()
    {
        using var writer = new StringWriter();

        await CypherScript.WriteAsync(writer, SeedCorpus.Everything, CancellationToken.None);

        var body = string.Join('\n', writer.ToString().Split('\n').SkipWhile(l => l.StartsWith("//", StringComparison.Ordinal)));
        Assert.Equal(string.Concat(script.Statements.Select(s => $"\n{s};\n")), body);
    }

    [Fact]
    public void ConstraintsComeFirstThenBatchesOfAtMostTheBatchSize()
    {
        var schema = SeedStatements.Schema.Count;

        Assert.All(script.Statements.Take(schema), s => Assert.DoesNotContain("UNWIND", s));
        Assert.All(script.Statements.Skip(schema), s => Assert.StartsWith("UNWIND [", s));
        var relations = SeedCorpus.Model.Relations.Count;
        var relationBatches = script.Statements.Count(s => s.Contains("MERGE (s)-[r:$(row.type)", StringComparison.Ordinal));
        Assert.Equal((relations + CypherScript.BatchSize - 1) / CypherScript.BatchSize, relationBatches);
    }

    [Fact]
    public void LongDocumentsGoInBatchesBoundedByTheirText()
    {
        var corpus = SyntheticCorpus.Build(entities: 700, mentions: 150, documents: 150);
        var perDocument = corpus.Documents[0].Text.Length + corpus.Documents[0].Title.Length;
        var perBatch = CypherScript.MaxBatchChars / perDocument;

        var documents = CypherScript.Statements(new Neo4jExportSelection(corpus, _ => true, _ => true))
            .Where(s => s.Contains("MERGE (d:Document", StringComparison.Ordinal))
            .Select(s => Regex.Matches(s, "sourceFile: ").Count)
            .ToList();

        Assert.InRange(perBatch, 2, CypherScript.BatchSize - 1);
        Assert.Equal([.. Enumerable.Repeat(perBatch, 150 / perBatch), .. 150 % perBatch == 0 ? Array.Empty<int>() : [150 % perBatch]], documents);
    }

    [Fact]
    public void EveryRelationAndEntityIsMergedOnceByItsId()
    {
        var text = string.Join('\n', script.Statements);

        Assert.All(SeedCorpus.Model.Relations, r => Assert.Single(Regex.Matches(text, $"\\{{id: '{Regex.Escape(r.Id)}', type: ")));
        Assert.All(SeedCorpus.Model.Entities, e => Assert.Single(Regex.Matches(text, $"\\{{id: '{Regex.Escape(e.Id)}', kind: ")));
    }

    [Theory]
    [InlineData("Lenin's \"testament\"", @"'Lenin\'s ""testament""'")]
    [InlineData("a\\b\nc\td", @"'a\\b\nc\td'")]
    [InlineData("\u0001", @"'\u0001'")]
    public void StringsAreEscapedSoNoQuoteEndsTheLiteral(string value, string literal) =>
        Assert.Equal(literal, CypherLiteral.Of(value));
}
