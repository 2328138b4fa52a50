using Microsoft.Extensions.DependencyInjection;
using Prosopograph.Graph.Neo4j.QueryApi;
using Prosopograph.Graph.Neo4j.Tests.Fakes;

namespace Prosopograph.Graph.Neo4j.Tests.Store;

public sealed class Neo4jGraphStoreFailureTests : FakeServerTests
{
    private IGraphStore Store(Uri? server = null) =>
        Neo4jTestHost.Build(server ?? Fake.BaseUri, SyntheticCorpus.Build(), new Dictionary<string, string?> { ["Neo4j:MaxRetryAttempts"] = "1" })
            .Services.GetRequiredService<IGraphStore>();

    public static TheoryData<FakeResponse> Outages => new() { FakeResponse.Unauthorized, FakeResponse.ServiceUnavailable, FakeResponse.Deadlock };

    [Theory]
    [MemberData(nameof(Outages))]
    public async Task AnOutageBecomesGraphStoreUnavailable(FakeResponse outage)
    {
        Fake.Always(outage);

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => Store().FindEntityAsync("p0"));

        Assert.IsType<Neo4jUnavailableException>(error.InnerException);
    }

    [Fact]
    public async Task AServerThatIsDownBecomesGraphStoreUnavailableWithoutNamingIt()
    {
        var port = FreePort.Find();

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() =>
            Store(new Uri($"http://127.0.0.1:{port}")).GetStatsAsync());

        Assert.DoesNotContain(port.ToString(), error.Message);
        Assert.Equal(ClientCodes.Unreachable, ((Neo4jException)error.InnerException!).Code);
    }

    [Fact]
    public async Task AStatementNeo4jRefusesIsADefectNotAnOutage()
    {
        Fake.Always(FakeResponse.SyntaxError);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => Store().GetDocumentsAsync());

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
    }
}
