using Prosopograph.Graph.Neo4j.Cypher;

namespace Prosopograph.Graph.Neo4j.Tests.Cypher;

public sealed class CypherLintTests
{
    [Fact]
    public async Task EveryShippedStatementPassesNeo4jsAnalyserAgainstOurSchema()
    {
        var run = await CypherLinter.RunAsync();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains($"cypher-lint: {CypherCatalog.Names.Count} files, 0 problems", run.Output);
    }
}

/// <summary>Plants one mistake per file and lints them all in one run (starting the analyser takes seconds).</summary>
public sealed class PlantedMistakes : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("cypher-lint-").FullName;

    public LintRun Run { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "misspelt-label.cypher"), "MATCH (e:Entiy {id: $id}) RETURN e.name");
        await File.WriteAllTextAsync(Path.Combine(folder, "misspelt-property.cypher"), "MATCH (e:Entity {id: $id}) RETURN e.nmae");
        await File.WriteAllTextAsync(Path.Combine(folder, "syntax-error.cypher"), "MATCH (e:Entity {id: $id}) RETUR e");
        await File.WriteAllTextAsync(Path.Combine(folder, "two-statements.cypher"), "RETURN 1 AS one;\nRETURN 2 AS two");
        await File.WriteAllTextAsync(Path.Combine(folder, "clean.cypher"), "MATCH (e:Entity {id: $id}) RETURN e.name AS name");
        Run = await CypherLinter.RunAsync(folder);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class CypherLinterCatchesMistakesTests(PlantedMistakes planted) : IClassFixture<PlantedMistakes>
{
    [Fact]
    public void TheRunFailsAndCountsEveryMistake()
    {
        Assert.Equal(1, planted.Run.ExitCode);
        Assert.Contains("5 files, 5 problems", planted.Run.Output);
    }

    [Theory]
    [InlineData("misspelt-label.cypher:1:10: warning: Label Entiy is not present")]
    [InlineData("misspelt-property.cypher:1:37: warning: nmae is not present")]
    [InlineData("syntax-error.cypher:1:28: error: Invalid input 'RETUR'")]
    [InlineData("two-statements.cypher:1:1: error: expected exactly one statement, found 2")]
    public void EachPlantedMistakeIsReportedWithItsPosition(string report) =>
        Assert.Contains(report, planted.Run.Output);

    [Fact]
    public void ACorrectStatementBesideThemIsNotReported() =>
        Assert.DoesNotContain("clean.cypher", planted.Run.Output);
}
