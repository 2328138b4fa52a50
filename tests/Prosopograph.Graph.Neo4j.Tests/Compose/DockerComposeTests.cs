using System.Text.RegularExpressions;
using Prosopograph.Graph.Neo4j.Configuration;
using Prosopograph.Graph.Neo4j.Tests.Cypher;
using static Prosopograph.Graph.Neo4j.Tests.Compose.ComposeFile;

namespace Prosopograph.Graph.Neo4j.Tests.Compose;

public sealed partial class DockerComposeTests
{
    [Fact]
    public void Neo4jRunsAPinnedLtsOrCalendarVersionNeverLatest() =>
        Assert.Matches(PinnedNeo4j(), Text(Service("neo4j"), "image"));

    [Fact]
    public void Neo4jPublishesHttpAndBoltAndKeepsItsDataInAVolume()
    {
        var neo4j = Service("neo4j");

        Assert.Contains("7474:7474", List(neo4j, "ports"));
        Assert.Contains("7687:7687", List(neo4j, "ports"));
        var volume = Assert.Single(List(neo4j, "volumes"));
        Assert.EndsWith(":/data", volume);
        Assert.Contains(volume.Split(':')[0], Keys(Map(Top, "volumes")));
    }

    [Fact]
    public void Neo4jIsHealthCheckedWithWgetSinceTheImageHasNoCurl()
    {
        var test = string.Join(' ', List(Map(Service("neo4j"), "healthcheck"), "test"));

        Assert.Contains("wget --spider -q http://localhost:7474", test);
        Assert.DoesNotContain("curl", test);
    }

    [Fact]
    public void TheNeo4jContainerGetsOnlyNeo4jSettingsNeverTheApisVariables()
    {
        var environment = Environment("neo4j");

        Assert.All(environment.Keys, key => Assert.StartsWith("NEO4J_", key));
        Assert.All(Neo4jEnvironmentVariables.Map.Keys, apiVariable => Assert.DoesNotContain(apiVariable, environment.Keys));
    }

    [Fact]
    public void CredentialsComeFromTheEnvFileWithTheDocumentedLocalDefault()
    {
        var example = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, ".env.example"));
        var documented = example.Single(l => l.StartsWith("NEO4J_PASSWORD=", StringComparison.Ordinal))["NEO4J_PASSWORD=".Length..];

        Assert.True(documented.Length >= 8, "Neo4j refuses passwords shorter than 8 characters");
        Assert.Equal($"neo4j/${{NEO4J_PASSWORD:-{documented}}}", Environment("neo4j")["NEO4J_AUTH"]);
        Assert.Equal($"${{NEO4J_PASSWORD:-{documented}}}", Environment("api")["Neo4j__Password"]);
    }

    [Fact]
    public void TheApiStartsOnceNeo4jIsHealthyAndReachesItByServiceName()
    {
        var api = Service("api");

        Assert.Equal("service_healthy", Text(Map(Map(api, "depends_on"), "neo4j"), "condition"));
        Assert.Equal("http://neo4j:7474", Environment("api")["Neo4j__Uri"]);
        Assert.Equal("neo4j", Environment("api")["Neo4j__User"]);
        Assert.Contains("5080:8080", List(api, "ports"));
    }

    [Fact]
    public void TheApiIsBuiltInStagesFromItsDockerfileListeningOn8080()
    {
        var build = Map(Service("api"), "build");
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot.Path, Text(build, "context"), Text(build, "dockerfile")));

        Assert.True(FromLine().Matches(dockerfile).Count >= 2, "expected a multi-stage build");
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", dockerfile);
        Assert.Contains("COPY seed/ seed/", dockerfile);
        Assert.Contains("src/Prosopograph.Api/Prosopograph.Api.csproj", dockerfile);
    }

    [GeneratedRegex(@"^neo4j:(5\.26(\.\d+)?|20\d\d\.\d\d(\.\d+)?)-(community|enterprise)$")]
    private static partial Regex PinnedNeo4j();

    [GeneratedRegex(@"^FROM \S+ AS \w+$", RegexOptions.Multiline)]
    private static partial Regex FromLine();
}
