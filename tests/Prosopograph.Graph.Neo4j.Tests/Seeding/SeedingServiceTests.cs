using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Prosopograph.Graph.Neo4j.Seeding;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.Graph.Neo4j.Tests.Seeding;

public sealed class SeedingServiceTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private FakeQueryApi fake = null!;

    public async Task InitializeAsync() => fake = await FakeQueryApi.StartAsync();

    public async Task DisposeAsync() => await fake.DisposeAsync();

    private IHost Host(bool seedOnStartup = true) => Neo4jTestHost.Build(fake.BaseUri, SyntheticCorpus.Build(), new Dictionary<string, string?>
    {
        ["Neo4j:SeedOnStartup"] = seedOnStartup.ToString(),
        ["Neo4j:MaxRetryAttempts"] = "0",
    });

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
        fake.Always(FakeResponse.ServiceUnavailable);
        using var host = Host();
        await host.StartAsync();

        await WaitForAsync(host, SeedingState.Waiting);
        var waiting = await ReadinessAsync(host);
        Assert.Equal(HealthStatus.Unhealthy, waiting.Status);
        Assert.Contains("Waiting for Neo4j", waiting.Entries["neo4j"].Description);

        fake.Always(FakeResponse.Rows(["ok"], [[1]]));
        await WaitForAsync(host, SeedingState.Seeded);
        var ready = await ReadinessAsync(host);
        Assert.Equal(HealthStatus.Healthy, ready.Status);
        Assert.Contains("seeded", ready.Entries["neo4j"].Description);
        await host.StopAsync();
    }

    [Fact]
    public async Task AStatementNeo4jRefusesStopsSeedingAndReadinessSaysSo()
    {
        fake.Always(FakeResponse.SyntaxError);
        using var host = Host();
        await host.StartAsync();

        await WaitForAsync(host, SeedingState.Failed);
        await Task.Delay(100);

        Assert.Single(fake.Requests);
        var report = await ReadinessAsync(host);
        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", report.Entries["neo4j"].Description);
        await host.StopAsync();
    }

    [Fact]
    public async Task WithSeedingOffReadinessOnlyAsksWhetherNeo4jAnswers()
    {
        fake.Always(FakeResponse.Unauthorized);
        using var host = Host(seedOnStartup: false);
        await host.StartAsync();
        await WaitForAsync(host, SeedingState.Disabled);

        var report = await ReadinessAsync(host);

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Contains("credentials", report.Entries["neo4j"].Description);
        await host.StopAsync();
    }
}
