using System.Collections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Prosopograph.Graph.Neo4j.Configuration;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.Graph.Neo4j.Tests.Configuration;

public sealed class Neo4jConfigurationTests
{
    private static IConfiguration FromVariables(IDictionary variables) =>
        new ConfigurationBuilder().AddNeo4jEnvironmentVariables(variables).Build();

    [Fact]
    public void TheConventionalVariablesFillTheNeo4jSection()
    {
        var configuration = FromVariables(new Hashtable
        {
            ["NEO4J_URI"] = "http://localhost:7474",
            ["NEO4J_USER"] = "neo4j",
            ["NEO4J_PASSWORD"] = "secret-password",
            ["NEO4J_DATABASE"] = "prosopograph",
            ["NEO4J_AUTH"] = "neo4j/other",
        });

        Assert.True(configuration.IsNeo4jConfigured());
        Assert.Equal("http://localhost:7474", configuration["Neo4j:Uri"]);
        Assert.Equal("neo4j", configuration["Neo4j:User"]);
        Assert.Equal("secret-password", configuration["Neo4j:Password"]);
        Assert.Equal("prosopograph", configuration["Neo4j:Database"]);
        Assert.Equal(4, configuration.GetSection("Neo4j").GetChildren().Count());
    }

    [Fact]
    public void UnsetOrEmptyVariablesLeaveNeo4jUnconfigured()
    {
        var configuration = FromVariables(new Hashtable { ["NEO4J_URI"] = "", ["PATH"] = "/usr/bin" });

        Assert.False(configuration.IsNeo4jConfigured());
        Assert.Empty(configuration.GetSection("Neo4j").GetChildren());
    }

    [Fact]
    public void MissingCredentialsAreRefusedAtStartWithTheSettingsNamed()
    {
        using var host = Neo4jTestHost.Build(new Uri("http://localhost:7474"), SyntheticCorpus.Build(),
            new Dictionary<string, string?> { ["Neo4j:User"] = null, ["Neo4j:Password"] = null });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<Neo4jOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains(nameof(Neo4jOptions.User)));
        Assert.Contains(error.Failures, f => f.Contains(nameof(Neo4jOptions.Password)));
    }

    [Fact]
    public void ADatabaseNameCannotSmuggleAPath()
    {
        using var host = Neo4jTestHost.Build(new Uri("http://localhost:7474"), SyntheticCorpus.Build(),
            new Dictionary<string, string?> { ["Neo4j:Database"] = "../admin" });

        Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<Neo4jOptions>>().Value);
    }
}
