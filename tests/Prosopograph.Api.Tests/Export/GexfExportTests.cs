using System.Globalization;
using System.Xml.Linq;
using Prosopograph.Api.Browser;

namespace Prosopograph.Api.Tests.Export;

[Collection(ApiCollection.Name)]
public sealed class GexfExportTests(ApiFactory api)
{
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";
    private static readonly XNamespace Viz = "http://gexf.net/1.3/viz";
    private readonly HttpClient _client = api.CreateClient();

    private async Task<XElement> GraphAsync(string filters = "")
    {
        var download = await ExportDownload.GetAsync(_client, $"format=gexf&{filters}");
        Assert.Equal("application/gexf+xml", download.MediaType);
        var root = XDocument.Load(download.Open()).Root!;
        Assert.Equal(("gexf", "1.3"), (root.Name.LocalName, (string)root.Attribute("version")!));
        return root.Element(Gexf + "graph")!;
    }

    [Fact]
    public async Task GexfIsADynamicDirectedGraphWithDateIntervals()
    {
        var graph = await GraphAsync();

        Assert.Equal(("dynamic", "directed", "date", "interval"), (
            (string)graph.Attribute("mode")!, (string)graph.Attribute("defaultedgetype")!,
            (string)graph.Attribute("timeformat")!, (string)graph.Attribute("timerepresentation")!));
    }

    [Fact]
    public async Task GexfHoldsTheJsonExportsNodesAndEdgesWithTheirAttributes()
    {
        var json = await ExportDownload.JsonAsync(_client, "");

        var graph = await GraphAsync();

        var nodes = graph.Element(Gexf + "nodes")!.Elements(Gexf + "node").ToDictionary(n => (string)n.Attribute("id")!);
        var edges = graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").ToDictionary(e => (string)e.Attribute("id")!);
        Assert.Equal(json.Nodes.Select(n => n.Id).Order(), nodes.Keys.Order());
        Assert.Equal(json.Links.Select(l => l.Id).Order(), edges.Keys.Order());
        Assert.All(json.Nodes, n => Assert.Equal((n.Name, n.Kind), ((string)nodes[n.Id].Attribute("label")!, Value(nodes[n.Id], "kind"))));
        Assert.All(json.Links, l => Assert.Equal(
            (l.Source, l.Target, l.Type, l.Date?.Edtf, l.Evidence[0].Quote),
            ((string)edges[l.Id].Attribute("source")!, (string)edges[l.Id].Attribute("target")!, Value(edges[l.Id], "type"), Value(edges[l.Id], "date"), Value(edges[l.Id], "quote"))));
    }

    [Fact]
    public async Task EachEdgeSpansItsRelationsValidityAndEachNodeItsEntitysExistence()
    {
        var json = await ExportDownload.JsonAsync(_client, "");

        var graph = await GraphAsync();

        var edges = graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").ToDictionary(e => (string)e.Attribute("id")!);
        Assert.All(json.Links, l => Assert.Equal(
            (First(l.Validity.From), Last(l.Validity.To)),
            ((string?)edges[l.Id].Attribute("start"), (string?)edges[l.Id].Attribute("end"))));
        Assert.Contains(json.Links, l => l.Validity.From is not null && l.Validity.To is not null);
        var nodes = graph.Element(Gexf + "nodes")!.Elements(Gexf + "node").ToDictionary(n => (string)n.Attribute("id")!);
        var lenin = json.Nodes.Single(n => n.Id == "lenin");
        Assert.NotNull(lenin.Existence);
        Assert.Equal(("1870-04-22", "1924-01-20"), ((string?)nodes["lenin"].Attribute("start"), (string?)nodes["lenin"].Attribute("end")));
    }

    [Fact]
    public async Task TheAssassinationIsOnTheTimelineFromItsDay()
    {
        var graph = await GraphAsync();

        var edge = graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").Single(e => (string)e.Attribute("id")! == "r-mercader-assassinated-trotsky");
        Assert.Equal("1940-08-20", (string?)edge.Attribute("start"));
    }

    // The first and last day a calendar date (YYYY, YYYY-MM, YYYY-MM-DD) denotes, as GEXF dates.
    private static string? First(string? date) => date is null ? null : date.Length switch
    {
        4 => $"{date}-01-01",
        7 => $"{date}-01",
        _ => date,
    };

    private static string? Last(string? date) => date is null ? null : date.Length switch
    {
        4 => $"{date}-12-31",
        7 => DateOnly.ParseExact($"{date}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => date,
    };

    [Fact]
    public async Task NodesAreColouredByKindAndEdgesByVoiceFromTheSharedPalette()
    {
        var graph = await GraphAsync();

        var trotsky = graph.Element(Gexf + "nodes")!.Elements(Gexf + "node").Single(n => (string)n.Attribute("id")! == "trotsky");
        Assert.Equal(Palette.Shared.Kinds["person"], Hex(trotsky.Element(Viz + "color")!));
        var edges = graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").ToList();
        var quoted = edges.First(e => Value(e, "source") == "quoted" && Value(e, "stance") == "asserted");
        Assert.Equal(Palette.Shared.Voices["quoted"], Hex(quoted.Element(Viz + "color")!));
        var disputed = edges.First(e => Value(e, "stance") == "disputed");
        Assert.Equal(Palette.Shared.Voices["disputed"], Hex(disputed.Element(Viz + "color")!));
    }

    private static string? Value(XElement element, string attribute) => element.Element(Gexf + "attvalues")!
        .Elements(Gexf + "attvalue").SingleOrDefault(v => (string)v.Attribute("for")! == attribute)?.Attribute("value")?.Value;

    private static string Hex(XElement colour) => string.Create(CultureInfo.InvariantCulture,
        $"#{(int)colour.Attribute("r")!:X2}{(int)colour.Attribute("g")!:X2}{(int)colour.Attribute("b")!:X2}");
}
