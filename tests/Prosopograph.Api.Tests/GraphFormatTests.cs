using System.Text.Json;

namespace Prosopograph.Api.Tests;

/// <summary>
/// Graph answers as the three libraries the README names need them. No browser or Python runs here, so each test
/// checks exactly what that library's loader reads and where it fails: networkx's node_link_graph adds an unknown
/// source as a new bare node (silently), d3's forceLink throws "node not found", Cytoscape.js rejects duplicate ids.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GraphFormatTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    public static TheoryData<string> Graphs => new()
    {
        "/api/entities/kamenev/neighbourhood?depth=2",
        "/api/entities/mercader/neighbourhood?asOf=1940",
    };

    [Theory]
    [MemberData(nameof(Graphs))]
    public async Task NetworkxNodeLinkGraphLoadsItWithoutInventingNodes(string url)
    {
        var graph = await GetAsync(url);

        // node_link_graph(data, edges="links"): data["directed"], data["multigraph"], node["id"], link["source"/"target"].
        Assert.True(graph.GetProperty("directed").GetBoolean());
        Assert.True(graph.GetProperty("multigraph").GetBoolean());
        var nodes = NodeIds(graph);
        Assert.Equal(nodes.Count, nodes.Distinct().Count());
        Assert.All(Links(graph), link =>
        {
            Assert.Contains(link.GetProperty("source").GetString(), nodes);
            Assert.Contains(link.GetProperty("target").GetString(), nodes);
        });
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public async Task D3ForceLinkResolvesEveryLinkEndByNodeId(string url)
    {
        var graph = await GetAsync(url);

        // forceLink(links).id(d => d.id): each end must be a string id (not an object) of a node in the nodes array.
        var byId = graph.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        Assert.NotEmpty(Links(graph));
        Assert.All(Links(graph), link =>
        {
            Assert.Equal(JsonValueKind.String, link.GetProperty("source").ValueKind);
            Assert.True(byId.ContainsKey(link.GetProperty("target").GetString()!), "node not found");
        });
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public async Task CytoscapeTakesNodesAndLinksAsElementsWithUniqueIds(string url)
    {
        var graph = await GetAsync(url);

        // [...nodes.map(n => ({data: n})), ...links.map(l => ({data: l}))]: ids unique across ALL elements, edges'
        // data.source/data.target naming nodes.
        var nodes = NodeIds(graph);
        var elementIds = nodes.Concat(Links(graph).Select(l => l.GetProperty("id").GetString()!)).ToList();
        Assert.Equal(elementIds.Count, elementIds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Links(graph), l => Assert.True(nodes.Contains(l.GetProperty("source").GetString()!) && nodes.Contains(l.GetProperty("target").GetString()!)));
    }

    [Fact]
    public async Task EachPathIsANodeLinkGraphToo()
    {
        using var page = JsonDocument.Parse(await _client.GetStringAsync("/api/paths?from=mercader&to=lenin&maxLength=6"));

        var path = page.RootElement.GetProperty("items")[0];
        var nodes = NodeIds(path);
        Assert.All(path.GetProperty("links").EnumerateArray(), l => Assert.Contains(l.GetProperty("source").GetString(), nodes));
    }

    private async Task<JsonElement> GetAsync(string url) =>
        JsonDocument.Parse(await _client.GetStringAsync(url)).RootElement.Clone();

    private static List<string> NodeIds(JsonElement graph) =>
        graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();

    private static List<JsonElement> Links(JsonElement graph) => graph.GetProperty("links").EnumerateArray().ToList();
}
