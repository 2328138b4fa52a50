using System.Net;
using System.Xml.Linq;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Stats;

namespace Prosopograph.Api.Tests.Export;

[Collection(ApiCollection.Name)]
public sealed class ExportFilterTests(ApiFactory api)
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";
    private readonly HttpClient _client = api.CreateClient();

    private async Task<(List<string> Nodes, List<string> Edges)> GraphMlIdsAsync(string filters)
    {
        var graph = XDocument.Load((await ExportDownload.GetAsync(_client, $"format=graphml&{filters}")).Open()).Root!.Element(G + "graph")!;
        return (graph.Elements(G + "node").Select(n => (string)n.Attribute("id")!).Order().ToList(),
            graph.Elements(G + "edge").Select(e => (string)e.Attribute("id")!).Order().ToList());
    }

    [Fact]
    public async Task AnEgoNetworkExportIsTheNeighbourhoodTheApiAnswers()
    {
        var neighbourhood = await _client.GetOkAsync<SubgraphResponse>("/api/entities/kamenev/neighbourhood?depth=1");

        var (nodes, edges) = await GraphMlIdsAsync("entity=kamenev&depth=1");

        Assert.Equal(neighbourhood.Nodes.Select(n => n.Id).Order(), nodes);
        Assert.Equal(neighbourhood.Links.Select(e => e.Id).Order(), edges);
        Assert.True(nodes.Count > 1 && nodes.Count < (await ExportDownload.JsonAsync(_client, "")).Nodes.Count);
    }

    [Theory]
    [InlineData("asOf=1920")]
    [InlineData("type=executed,expelled_from")]
    [InlineData("source=quoted,reported")]
    [InlineData("stance=disputed")]
    [InlineData("type=killed")]
    [InlineData("entity=trotsky&depth=2&asOf=1930")]
    [InlineData("asOf=1935&undated=exclude")]
    public async Task EveryFormatHoldsWhatTheJsonExportHoldsUnderTheSameFilters(string filters)
    {
        var json = await ExportDownload.JsonAsync(_client, filters);

        var (nodes, edges) = await GraphMlIdsAsync(filters);

        Assert.NotEmpty(json.Links);
        Assert.Equal(json.Nodes.Select(n => n.Id).Order(), nodes);
        Assert.Equal(json.Links.Select(l => l.Id).Order(), edges);
        var csv = await ExportDownload.GetAsync(_client, $"format=csv&{filters}");
        using var zip = new System.IO.Compression.ZipArchive(csv.Open());
        var relationships = Csv.Read(new StreamReader(zip.GetEntry("relationships.csv")!.Open()).ReadToEnd());
        Assert.Equal(edges, relationships.Select(r => r["id"]!).Order());
    }

    [Fact]
    public async Task AsOfLeavesOutRelationsNotYetInForce()
    {
        var json = await ExportDownload.JsonAsync(_client, "asOf=1920");

        Assert.DoesNotContain(json.Links, l => l.Id == "r-mercader-assassinated-trotsky");
        Assert.Contains((await ExportDownload.JsonAsync(_client, "asOf=1941")).Links, l => l.Id == "r-mercader-assassinated-trotsky");
    }

    [Fact]
    public async Task AFilteredExportKeepsEveryEntityAndNarrowerTypesUnlessExact()
    {
        var all = await ExportDownload.JsonAsync(_client, "");

        var killed = await ExportDownload.JsonAsync(_client, "type=killed");

        Assert.Equal(all.Nodes.Count, killed.Nodes.Count);
        Assert.Contains(killed.Links, l => l.Type == "executed");
        Assert.All((await ExportDownload.JsonAsync(_client, "type=killed&exact=true")).Links, l => Assert.Equal("killed", l.Type));
    }

    [Fact]
    public async Task AnEgoNetworkFileIsNamedAfterItsEntityAndDepth()
    {
        var stats = await _client.GetOkAsync<StatsResponse>("/api/stats");

        var download = await ExportDownload.GetAsync(_client, "format=gexf&entity=trotsky&depth=2");

        Assert.Equal($"prosopograph-{stats.Version}-trotsky-depth2.gexf", download.FileName);
    }

    [Theory]
    [InlineData("format=xml", "format")]
    [InlineData("format=graphml&depth=2", "depth")]
    [InlineData("format=gexf&entity=trotsky&depth=4", "depth")]
    [InlineData("format=csv&type=shot", "type")]
    [InlineData("format=graphml&stance=denied", "stance")]
    public async Task InvalidFiltersAreABadRequestNamingTheParameter(string query, string parameter)
    {
        var response = await _client.GetAsync($"/api/export?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{parameter}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownEgoEntityIsNotFound()
    {
        var response = await _client.GetAsync("/api/export?format=cypher&entity=nobody");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("nobody", await response.Content.ReadAsStringAsync());
    }
}
