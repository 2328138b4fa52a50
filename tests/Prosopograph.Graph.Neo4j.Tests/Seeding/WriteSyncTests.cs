using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Prosopograph.Graph.Hosting;
using Prosopograph.Graph.Neo4j.Seeding;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.Graph.Neo4j.Tests.Seeding;

/// <summary>
/// After a write the files hold a new corpus version; Neo4j must catch up with it, idempotently, and say whether
/// it has. These publish a new snapshot as the writer does and watch what reaches the (fake) Query API.
/// </summary>
public sealed class WriteSyncTests : FakeServerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private async Task<IHost> StartSeededAsync()
    {
        Fake.Always(FakeResponse.Rows(["ok"], [[1]]));
        var host = Neo4jTestHost.Build(Fake.BaseUri, SyntheticCorpus.Build(version: "v1"), new Dictionary<string, string?>
        {
            ["Neo4j:SeedOnStartup"] = "true",
            ["Neo4j:MaxRetryAttempts"] = "0",
            ["Neo4j:SeedRetryMaxDelay"] = "00:00:00.200",
        });
        await host.StartAsync();
        await UntilAsync(() => host.Services.GetRequiredService<SeedingStatus>().SyncedVersion == "v1", host);
        return host;
    }

    private static async Task UntilAsync(Func<bool> condition, IHost host)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, host.Services.GetRequiredService<SeedingStatus>().Current.Description);
            await Task.Delay(20);
        }
    }

    private static IGraphStoreSyncState Sync(IHost host) => host.Services.GetRequiredService<IGraphStoreSyncState>();

    [Fact]
    public async Task AWriteIsSyncedIntoNeo4jWithTheNewVersionAndWhatItNoLongerSaysIsRemoved()
    {
        using var host = await StartSeededAsync();
        Fake.Requests.Clear();

        host.Services.GetRequiredService<CorpusSnapshots>().Replace(SyntheticCorpus.Build(relations: 2, version: "v2"));
        await UntilAsync(() => Sync(host).Current.InStep, host);

        Assert.Equal("v2", Sync(host).Current.SyncedVersion);
        var requests = Fake.Requests.ToList();
        Assert.All(requests.Where(r => r.Parameters.ContainsKey("version")), r => Assert.Equal("v2", r.Parameters["version"]!.GetValue<string>()));
        Assert.Contains(requests, r => r.Statement.Contains("DELETE", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task WhileNeo4jIsDownAWriteLeavesItBehindSaysSoAndIsSyncedWhenItAnswers()
    {
        using var host = await StartSeededAsync();
        Fake.Always(FakeResponse.ServiceUnavailable);
        var before = Fake.Requests.Count;

        host.Services.GetRequiredService<CorpusSnapshots>().Replace(SyntheticCorpus.Build(version: "v2"));
        await UntilAsync(() => Fake.Requests.Count >= before + 3, host);

        Assert.False(Sync(host).Current.InStep);
        Assert.Equal("v1", Sync(host).Current.SyncedVersion);
        Assert.Contains("syncing", Sync(host).Current.Description, StringComparison.Ordinal);

        Fake.Always(FakeResponse.Rows(["ok"], [[1]]));
        await UntilAsync(() => Sync(host).Current.InStep, host);
        var readiness = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));
        Assert.Equal(HealthStatus.Healthy, readiness.Status);
        Assert.Equal("v2", Sync(host).Current.SyncedVersion);
        await host.StopAsync();
    }

    [Fact]
    public async Task ReadinessIsDegradedNotDownWhileNeo4jIsBehind()
    {
        using var host = await StartSeededAsync();
        var gate = new TaskCompletionSource();
        Fake.Respond = async request =>
        {
            if (request.Parameters.ContainsKey("version") && request.Parameters["version"]!.GetValue<string>() == "v2")
            {
                await gate.Task;
            }

            return FakeResponse.Rows(["ok"], [[1]]);
        };

        host.Services.GetRequiredService<CorpusSnapshots>().Replace(SyntheticCorpus.Build(version: "v2"));
        var readiness = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Degraded, readiness.Status);
        Assert.Contains("v2", readiness.Entries["neo4j"].Description, StringComparison.Ordinal);
        gate.SetResult();
        await UntilAsync(() => Sync(host).Current.InStep, host);
        await host.StopAsync();
    }
}
