using System.Text;

namespace Prosopograph.Api.Tests.Export;

[Collection(ApiCollection.Name)]
public sealed class CypherExportTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task TheScriptCreatesConstraintsFirstThenMergesEveryNodeAndRelationshipInBatches()
    {
        var json = await ExportDownload.JsonAsync(_client, "");

        var download = await ExportDownload.GetAsync(_client, "format=cypher");

        Assert.Equal("text/plain", download.MediaType);
        Assert.EndsWith(".cypher", download.FileName);
        var script = Encoding.UTF8.GetString(download.Body);
        var firstMerge = script.IndexOf("UNWIND [", StringComparison.Ordinal);
        Assert.True(script.LastIndexOf("CREATE CONSTRAINT", StringComparison.Ordinal) < firstMerge);
        Assert.True(script.IndexOf("CALL db.awaitIndexes()", StringComparison.Ordinal) < firstMerge);
        Assert.DoesNotContain("$rows", script);
        Assert.DoesNotContain("$version", script);
        Assert.All(json.Nodes, n => Assert.Contains($"id: '{n.Id}'", script));
        Assert.All(json.Links, l => Assert.Contains($"id: '{l.Id}'", script));
        Assert.Contains("MERGE (s)-[r:$(row.type) {id: row.id}]->(o)", script);
    }
}
