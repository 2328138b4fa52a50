using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Prosopograph.Api.Stats;

namespace Prosopograph.Api.Tests.Export;

[Collection(ApiCollection.Name)]
public sealed class GraphMlExportTests(ApiFactory api)
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task GraphMlIsValidAgainstTheGraphMl10Schema()
    {
        var graphml = await ExportDownload.GetAsync(_client, "format=graphml");

        Assert.Empty(GraphMlSchema.Validate(graphml.Open()));
    }

    [Fact]
    public void TheSchemaRejectsAnUntypedListKeySoValidationIsReal()
    {
        const string invalid = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="k" for="node" attr.name="aliases" attr.type="list"/>
              <graph edgedefault="directed"><node id="a"/><edge source="a" target="missing"/></graph>
            </graphml>
            """;

        var problems = GraphMlSchema.Validate(new MemoryStream(Encoding.UTF8.GetBytes(invalid)));

        Assert.Contains(problems, p => p.Contains("attr.type", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GraphMlIsServedAsAnAttachmentNamedWithTheDatasetVersion()
    {
        var stats = await _client.GetOkAsync<StatsResponse>("/api/stats");

        var graphml = await ExportDownload.GetAsync(_client, "format=graphml");

        Assert.Equal("application/graphml+xml", graphml.MediaType);
        Assert.Equal($"prosopograph-{stats.Version}.graphml", graphml.FileName);
    }

    [Fact]
    public async Task GraphMlHoldsTheJsonExportsNodesEdgesAndAttributes()
    {
        var json = await ExportDownload.JsonAsync(_client, "");

        var document = XDocument.Load((await ExportDownload.GetAsync(_client, "format=graphml")).Open());

        var keys = document.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!);
        Assert.All(keys.Values, k => Assert.NotNull(k.Attribute("attr.type")));
        Assert.Equal("int", (string)keys["edge.evidenceCount"].Attribute("attr.type")!);
        var graph = document.Root.Element(G + "graph")!;
        Assert.Equal(json.Graph["version"], Data(graph, "graph.version"));
        var nodes = graph.Elements(G + "node").ToDictionary(n => (string)n.Attribute("id")!);
        var edges = graph.Elements(G + "edge").ToDictionary(e => (string)e.Attribute("id")!);
        Assert.Equal(json.Nodes.Select(n => n.Id).Order(), nodes.Keys.Order());
        Assert.Equal(json.Links.Select(l => l.Id).Order(), edges.Keys.Order());

        foreach (var node in json.Nodes)
        {
            Assert.Equal((node.Name, node.Kind, node.Notes, node.Existence?.Edtf),
                (Data(nodes[node.Id], "node.name"), Data(nodes[node.Id], "node.kind"), Data(nodes[node.Id], "node.notes"), Data(nodes[node.Id], "node.existence")));
            var aliases = JsonSerializer.Deserialize<List<AliasText>>(Data(nodes[node.Id], "node.aliases")!, ApiJson.Options)!;
            Assert.Equal(node.Aliases.Select(a => a.Name), aliases.Select(a => a.Name));
        }

        foreach (var link in json.Links)
        {
            var edge = edges[link.Id];
            Assert.Equal((link.Source, link.Target), ((string)edge.Attribute("source")!, (string)edge.Attribute("target")!));
            Assert.Equal((link.Type, link.Date?.Edtf, link.Date?.Provenance, link.Note),
                (Data(edge, "edge.type"), Data(edge, "edge.date"), Data(edge, "edge.dateProvenance"), Data(edge, "edge.note")));
            Assert.Equal((link.Validity.Kind.ToString().ToLowerInvariant(), link.Validity.From, link.Validity.To),
                (Data(edge, "edge.validity"), Data(edge, "edge.validFrom"), Data(edge, "edge.validTo")));
            Assert.Equal(link.Evidence[0].Quote, Data(edge, "edge.quote"));
            Assert.Equal((link.Voice.Source.ToString().ToLowerInvariant(), link.Voice.AttributedTo?.Id, link.Voice.Stance.ToString().ToLowerInvariant(), link.Voice.DisputedBy),
                (Data(edge, "edge.source"), Data(edge, "edge.attributedTo"), Data(edge, "edge.stance"), Data(edge, "edge.disputedBy")));
            var evidence = JsonSerializer.Deserialize<List<EvidenceText>>(Data(edge, "edge.evidence")!, ApiJson.Options)!;
            Assert.Equal(link.Evidence.Select(e => (e.Quote, e.Start, e.End)), evidence.Select(e => (e.Quote, e.Start, e.End)));
        }
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").SingleOrDefault(d => (string)d.Attribute("key")! == key)?.Value;

    private sealed record AliasText(string Name, string? Type);

    private sealed record EvidenceText(string DocumentId, string Quote, int Start, int End);
}
