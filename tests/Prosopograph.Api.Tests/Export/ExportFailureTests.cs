using Microsoft.Extensions.DependencyInjection;
using Prosopograph.Graph;

namespace Prosopograph.Api.Tests.Export;

/// <summary>An export streams, so a store failing half-way cannot turn into a 503 any more: the transfer must break.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExportFailureTests(ApiFactory api)
{
    [Theory]
    [InlineData("json")]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public async Task AStoreFailingHalfWayBreaksTheTransferRatherThanEndingTheFile(string format)
    {
        using var failing = api.WithGraphStore(HalfwayFailingExport.Wrap(api.Services.GetRequiredService<IGraphStore>()));
        using var client = failing.CreateClient();

        var failure = await Record.ExceptionAsync(async () =>
        {
            using var response = await client.GetAsync($"/api/export?format={format}", HttpCompletionOption.ResponseHeadersRead);
            await response.Content.ReadAsByteArrayAsync();
        });

        Assert.NotNull(failure);
        Assert.Contains("half-way", failure.ToString(), StringComparison.Ordinal);
    }
}
