using Prosopograph.Api.Contracts;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class PathTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task ShortestPathFromMercaderToStalinHasLengthOne()
    {
        var paths = await GetPathsAsync("/api/paths?from=mercader&to=stalin&include=evidence");

        var path = Assert.Single(paths);
        Assert.Equal(1, path.Length);
        Assert.Equal(["mercader", "stalin"], path.Nodes.Select(n => n.Id));
        var edge = Assert.Single(path.Links);
        Assert.Equal(("agent_of", "mercader", "stalin"), (edge.Type, edge.Source, edge.Target));
        Assert.Contains(edge.Evidence!, e => e.Quote.Contains("an agent of Stalin, Ramon Mercader", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PathsFollowRelationsAgainstTheirDirection()
    {
        var paths = await GetPathsAsync("/api/paths?from=stalin&to=mercader");

        var path = Assert.Single(paths);
        Assert.Equal(["stalin", "mercader"], path.Nodes.Select(n => n.Id));
        Assert.Equal("r-mercader-agent-of-stalin", Assert.Single(path.Links).Id);
    }

    [Fact]
    public async Task PathsRestrictedToTypesGoAroundOtherRelations()
    {
        var paths = await GetPathsAsync(
            "/api/paths?from=mercader&to=stalin&type=assassinated,persecuted,attempted_to_kill,plotted_against");

        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.True(p.Length > 1));
        Assert.All(paths.SelectMany(p => p.Links), e => Assert.NotEqual("agent_of", e.Type));
        Assert.All(paths, AssertChained);
    }

    [Fact]
    public async Task EveryPathReturnedHasTheSameShortestLengthAndChainsItsEdges()
    {
        var paths = await GetPathsAsync("/api/paths?from=mercader&to=lenin&maxLength=6&limit=20");

        Assert.NotEmpty(paths);
        Assert.Single(paths.Select(p => p.Length).Distinct());
        Assert.All(paths, AssertChained);
        Assert.Equal(paths.Count, paths.Select(p => string.Join("/", p.Links.Select(e => e.Id))).Distinct().Count());
    }

    [Fact]
    public async Task NoPathWithinMaxLengthGivesAnEmptyList()
    {
        var shortest = await GetPathsAsync("/api/paths?from=mercader&to=lenin&maxLength=6");
        var tooShort = shortest[0].Length - 1;

        var paths = await GetPathsAsync($"/api/paths?from=mercader&to=lenin&maxLength={tooShort}");

        Assert.True(tooShort >= 1);
        Assert.Empty(paths);
    }

    [Fact]
    public async Task LimitCapsTheNumberOfPaths()
    {
        var paths = await GetPathsAsync("/api/paths?from=mercader&to=lenin&maxLength=6&limit=1");

        Assert.Single(paths);
    }

    private async Task<IReadOnlyList<PathItem>> GetPathsAsync(string url) =>
        (await _client.GetOkAsync<PathsResponse>(url)).Items;

    // Edge i joins node i and node i+1, whichever way the relation points.
    private static void AssertChained(PathItem path)
    {
        Assert.Equal(path.Length, path.Links.Count);
        Assert.Equal(path.Length + 1, path.Nodes.Count);
        for (var i = 0; i < path.Links.Count; i++)
        {
            var ends = new[] { path.Links[i].Source, path.Links[i].Target }.Order();
            Assert.Equal(new[] { path.Nodes[i].Id, path.Nodes[i + 1].Id }.Order(), ends);
        }
    }
}
