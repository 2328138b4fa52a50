using System.Net;
using System.Text.Json;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class HealthTests(ApiFactory api)
{
    [Fact]
    public async Task LivenessAnswersHealthyWithoutRunningChecks()
    {
        using var unavailable = api.WithGraphStore(FailingGraphStore.Throwing(new InvalidOperationException("down")));

        Assert.Equal("Healthy", await unavailable.CreateClient().GetStringAsync("/health/live"));
    }

    [Fact]
    public async Task ReadinessIsHealthyOnceTheEmbeddedStoreHasLoaded()
    {
        var response = await api.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        var check = Assert.Single(report.RootElement.GetProperty("checks").EnumerateArray());
        Assert.Equal("embedded-graph-store", check.GetProperty("name").GetString());
        Assert.Equal("The embedded graph store is loaded.", check.GetProperty("description").GetString());
    }
}
