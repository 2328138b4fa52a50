using System.Net;

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
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
