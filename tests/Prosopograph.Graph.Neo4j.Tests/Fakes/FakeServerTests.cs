namespace Prosopograph.Graph.Neo4j.Tests.Fakes;

/// <summary>A test class with its own fake Query API per test, started before and stopped after each one.</summary>
public abstract class FakeServerTests : IAsyncLifetime
{
    protected FakeQueryApi Fake { get; private set; } = null!;

    public async Task InitializeAsync() => Fake = await FakeQueryApi.StartAsync();

    public async Task DisposeAsync() => await Fake.DisposeAsync();
}
