using System.Globalization;
using System.Text.RegularExpressions;
using Prosopograph.Graph.Neo4j.Cypher;

namespace Prosopograph.Graph.Neo4j.Tests.Cypher;

public sealed class CypherLintTests
{
    [Fact]
    public async Task EveryShippedStatementPassesNeo4jsAnalyserAgainstOurSchema()
    {
        var run = await CypherLinter.RunAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        var summary = Regex.Match(run.Output, @"cypher-lint: (\d+) files, (\d+) examples in (\d+) documents, 0 problems");
        Assert.True(summary.Success, run.Output);
        Assert.Equal(CypherCatalog.Names.Count, int.Parse(summary.Groups[1].Value, CultureInfo.InvariantCulture));

        // The Browser examples in docs/neo4j.md are linted too: researchers paste them as they are.
        Assert.True(int.Parse(summary.Groups[2].Value, CultureInfo.InvariantCulture) > 0, run.Output);
    }
}

/// <summary>Plants one mistake per file and lints them all in one run (starting the analyser takes seconds).</summary>
public sealed class PlantedMistakes : IAsyncLifetime
{
    public LintRun Run { get; private set; } = null!;

    public async Task InitializeAsync() => Run = await CypherLinter.LintFilesAsync(new Dictionary<string, string>
    {
        ["misspelt-label.cypher"] = "MATCH (e:Entiy {id: $id}) RETURN e.name",
        ["misspelt-property.cypher"] = "MATCH (e:Entity {id: $id}) RETURN e.nmae",
        ["syntax-error.cypher"] = "MATCH (e:Entity {id: $id}) RETUR e",
        ["two-statements.cypher"] = "RETURN 1 AS one;\nRETURN 2 AS two",
        ["clean.cypher"] = "MATCH (e:Entity {id: $id}) RETURN e.name AS name",
        ["guide.md"] = """
            # A guide

            ```cypher
            :param id => 'trotsky';
            MATCH (e:Entity {id: $id})-[:EXPELED_FROM]->(o) RETURN o.name
            ```
            """,
    });

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class CypherLinterCatchesMistakesTests(PlantedMistakes planted) : IClassFixture<PlantedMistakes>
{
    [Fact]
    public void TheRunFailsAndCountsEveryMistake()
    {
        Assert.Equal(1, planted.Run.ExitCode);
        Assert.Contains("5 files, 1 examples in 1 documents, 6 problems", planted.Run.Output);
    }

    [Theory]
    [InlineData("misspelt-label.cypher:1:10: warning: Label Entiy is not present")]
    [InlineData("misspelt-property.cypher:1:37: warning: nmae is not present")]
    [InlineData("syntax-error.cypher:1:28: error: Invalid input 'RETUR'")]
    [InlineData("two-statements.cypher:1:1: error: expected exactly one statement, found 2")]
    [InlineData("guide.md:5:30: warning: Relationship type EXPELED_FROM is not present")]
    public void EachPlantedMistakeIsReportedWithItsPosition(string report) =>
        Assert.Contains(report, planted.Run.Output);

    [Fact]
    public void ACorrectStatementBesideThemIsNotReported() =>
        Assert.DoesNotContain("clean.cypher", planted.Run.Output);
}
