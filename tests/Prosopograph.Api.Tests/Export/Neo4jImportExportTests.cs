using System.IO.Compression;
using System.Text.RegularExpressions;
using Prosopograph.Graph.Neo4j.Export;

namespace Prosopograph.Api.Tests.Export;

[Collection(ApiCollection.Name)]
public sealed partial class Neo4jImportExportTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<Dictionary<string, string>> FilesAsync(string filters = "")
    {
        var download = await ExportDownload.GetAsync(_client, $"format=csv&{filters}");
        Assert.Equal("application/zip", download.MediaType);
        Assert.EndsWith(".neo4j-import.zip", download.FileName);
        using var zip = new ZipArchive(download.Open(), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
    }

    [Fact]
    public async Task TheZipHoldsTheImportFilesTheSchemaAndAReadmeWithTheCommand()
    {
        var files = await FilesAsync();

        Assert.Equal(["README.md", "documents.csv", "mentions.csv", "nodes.csv", "relationships.csv", "schema.cypher"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(ImportReadme.Command, files["README.md"]);
        Assert.StartsWith("bin/neo4j-admin database import full ", ImportReadme.Command);
        Assert.Contains("CREATE CONSTRAINT entity_id IF NOT EXISTS", files["schema.cypher"]);
    }

    [Fact]
    public async Task EveryHeaderFollowsNeo4jAdminSyntax()
    {
        var files = await FilesAsync();

        foreach (var name in ImportCsv.Files)
        {
            Assert.All(Csv.Header(files[name]), h => Assert.Matches(HeaderSyntax(), h));
        }

        Assert.Equal(["id:ID", ":LABEL"], Csv.Header(files["nodes.csv"]).Take(2));
        Assert.Contains("aliases:string[]", Csv.Header(files["nodes.csv"]));
        Assert.Contains("corpusOrder:int", Csv.Header(files["nodes.csv"]));
        Assert.Equal([":START_ID", ":END_ID", ":TYPE"], Csv.Header(files["relationships.csv"]).Take(3));
        Assert.Contains("evidenceStarts:int[]", Csv.Header(files["relationships.csv"]));
        Assert.Contains("dated:boolean", Csv.Header(files["relationships.csv"]));
    }

    [Fact]
    public async Task TheFilesHoldTheJsonExportsEntitiesAndRelations()
    {
        var json = await ExportDownload.JsonAsync(_client, "");

        var files = await FilesAsync();

        var nodes = Csv.Read(files["nodes.csv"]).ToDictionary(n => n["id:ID"]!);
        var relationships = Csv.Read(files["relationships.csv"]).ToDictionary(r => r["id"]!);
        Assert.Equal(json.Nodes.Select(n => n.Id).Order(), nodes.Keys.Order());
        Assert.Equal(json.Links.Select(l => l.Id).Order(), relationships.Keys.Order());
        Assert.Equal(["Entity", "Person"], nodes["trotsky"][":LABEL"]!.Split('|'));
        Assert.All(json.Nodes, n => Assert.Equal(
            (n.Name, n.Kind, string.Join('|', n.Aliases.Select(a => a.Name))),
            (nodes[n.Id]["name"], nodes[n.Id]["kind"], nodes[n.Id]["aliases:string[]"] ?? "")));
        Assert.All(json.Links, l => Assert.Equal(
            (l.Source, l.Target, l.Type.ToUpperInvariant(), l.Date?.Edtf, l.Evidence[0].Quote, string.Join('|', l.Evidence.Select(e => e.Start))),
            (relationships[l.Id][":START_ID"], relationships[l.Id][":END_ID"], relationships[l.Id][":TYPE"], relationships[l.Id]["date"],
                relationships[l.Id]["quote"], relationships[l.Id]["evidenceStarts:int[]"])));
        Assert.All(relationships.Values, r => Assert.Equal(json.Graph["version"], r["corpusVersion"]));
    }

    [Fact]
    public async Task DocumentsKeepTheirTextAcrossLinesAndMentionsPointAtExportedNodes()
    {
        var files = await FilesAsync();

        var document = Assert.Single(Csv.Read(files["documents.csv"]));
        Assert.Contains("\n", document["text"]);
        var nodes = Csv.Read(files["nodes.csv"]).Select(n => n["id:ID"]).ToHashSet();
        var mentions = Csv.Read(files["mentions.csv"]);
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.True(m[":START_ID"] == document["id:ID"] && nodes.Contains(m[":END_ID"]) && m[":TYPE"] == "MENTIONS"));
    }

    // name:type, or a structural column; types as neo4j-admin spells them.
    [GeneratedRegex(@"^(:(ID|LABEL|START_ID|END_ID|TYPE)|[a-z][A-Za-z]*(:(ID|int|long|boolean|string|string\[\]|int\[\]))?)$")]
    private static partial Regex HeaderSyntax();
}
