using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Prosopograph.Graph.Neo4j.Seeding;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.Graph.Neo4j.Tests.Seeding;

public sealed class SeedingServiceTests : FakeServerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Starts the host with Neo4j answering <paramref name="answer"/> and waits until seeding reaches <paramref name="state"/>.</summary>
    private async Task<IHost> StartAsync(FakeResponse answer, SeedingState state, bool seedOnStartup = true)
    {
        Fake.Always(answer);
        var host = Neo4jTestHost.Build(Fake.BaseUri, SyntheticCorpus.Build(), new Dictionary<string, string?>
        {
            ["Neo4j:SeedOnStartup"] = seedOnStartup.ToString(),
            ["Neo4j:MaxRetryAttempts"] = "0",
        });
        await host.StartAsync();
        await WaitForAsync(host, state);
        return host;
    }

    private static async Task<HealthReport> ReadinessAsync(IHost host) =>
        await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains("ready"));

    private static async Task WaitForAsync(IHost host, SeedingState state)
    {
        var status = host.Services.GetRequiredService<SeedingStatus>();
        var deadline = DateTime.UtcNow + Patience;
        while (status.Current.State != state)
        {
            Assert.True(DateTime.UtcNow < deadline, $"seeding stayed {status.Current.State}: {status.Current.Description}");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task WhileNeo4jIsDownReadinessSaysWhyAndSeedingRetriesUntilItAnswers()
    {
        using var host = await StartAsync(FakeResponse.ServiceUnavailable, SeedingState.Waiting);

        var waiting = await ReadinessAsync(host);
        Assert.Equal(HealthStatus.Unhealthy, waiting.Status);
        Assert.Contains("Waiting for Neo4j", waiting.Entries["neo4j"].Description);

        Fake.Always(FakeResponse.Rows(["ok"], [[1]]));
        await WaitForAsync(host, SeedingState.Seeded);
        var ready = await ReadinessAsync(host);
        Assert.Equal(HealthStatus.Healthy, ready.Status);
        Assert.Contains("seeded", ready.Entries["neo4j"].Description);
        await host.StopAsync();
    }

    [Fact]
    public async Task AStatementNeo4jRefusesStopsSeedingAndReadinessSaysSo()
    {
        using var host = await StartAsync(FakeResponse.SyntaxError, SeedingState.Failed);
        await Task.Delay(100);

        Assert.Single(Fake.Requests);
        var report = await ReadinessAsync(host);
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", report.Entries["neo4j"].Description);
        await host.StopAsync();
    }

    [Fact]
    public async Task WithSeedingOffReadinessOnlyAsksWhetherNeo4jAnswers()
    {
        using var host = await StartAsync(FakeResponse.Unauthorized, SeedingState.Disabled, seedOnStartup: false);

        var report = await ReadinessAsync(host);

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains("credentials", report.Entries["neo4j"].Description);
        await host.StopAsync();
    }
}
