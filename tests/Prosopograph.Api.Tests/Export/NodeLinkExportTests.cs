using System.Text.Json;
using Prosopograph.Api.Export;
using Prosopograph.Api.Stats;

namespace Prosopograph.Api.Tests.Export;

[Collection(ApiCollection.Name)]
public sealed class NodeLinkExportTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task ExportIsADirectedMultigraphOfEveryEntityAndRelation()
    {
        var stats = await _client.GetOkAsync<StatsResponse>("/api/stats");

        var graph = await _client.GetOkAsync<ExportedGraph>("/api/export?format=json");

        Assert.True(graph.Directed && graph.Multigraph);
        Assert.Equal(stats.Version, graph.Graph["version"]);
        Assert.Equal(stats.Entities, graph.Nodes.Count);
        Assert.Equal(stats.Relations, graph.Links.Count);
        var nodes = graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(graph.Links, l => Assert.True(nodes.Contains(l.Source) && nodes.Contains(l.Target), l.Id));
        var assassination = Assert.Single(graph.Links, l => l.Id == "r-mercader-assassinated-trotsky");
        Assert.Equal(
            ("mercader", "trotsky", "assassinated", "1940-08-20"),
            (assassination.Source, assassination.Target, assassination.Type, assassination.Date?.Edtf));
    }

    [Fact]
    public async Task ExportUsesTheKeysNetworkxNodeLinkGraphReads()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/export"));
        var root = json.RootElement;

        Assert.Equal(["directed", "graph", "links", "multigraph", "nodes"], root.EnumerateObject().Select(p => p.Name).Order());
        var link = root.GetProperty("links")[0];
        Assert.True(link.TryGetProperty("source", out _) && link.TryGetProperty("target", out _) && link.TryGetProperty("evidence", out _));
        Assert.True(root.GetProperty("nodes")[0].TryGetProperty("id", out _));
    }
}
