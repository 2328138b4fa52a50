using System.Text.Json;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Documents;
using Prosopograph.Api.Stats;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class RelationTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task ListingRelationsByTypeReturnsOnlyThatTypeAndCountsThemAll()
    {
        var stats = await _client.GetOkAsync<StatsResponse>("/api/stats");

        var page = await _client.GetOkAsync<PageResponse<RelationItem>>("/api/relations?type=member_of");

        Assert.All(page.Items, r => Assert.Equal("member_of", r.Type));
        Assert.Equal(stats.RelationsByType["member_of"], page.Total);
        Assert.Equal(page.Total, page.Items.Count);
    }

    [Fact]
    public async Task ListingReportedClaimsReturnsOnlyClaimsInThatVoice()
    {
        var page = await _client.GetOkAsync<PageResponse<RelationItem>>("/api/relations?source=reported&limit=500");

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, r => Assert.Equal(ClaimSource.Reported, r.Voice.Source));
    }

    [Fact]
    public async Task ListingRelationsOfAnEntityBetweenYearsKeepsThoseTouchingItInThoseYears()
    {
        var page = await _client.GetOkAsync<PageResponse<RelationItem>>("/api/relations?entity=stalin&from=1936&to=1938&limit=500");

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, r => Assert.Contains("stalin", new[] { r.Source.Id, r.Target.Id }));
        Assert.All(page.Items, r => Assert.True(Years(r).First <= 1938 && Years(r).Last >= 1936, r.Id));
    }

    [Fact]
    public async Task RelationPagesAreDisjoint()
    {
        var first = await _client.GetOkAsync<PageResponse<RelationItem>>("/api/relations?limit=20");
        var second = await _client.GetOkAsync<PageResponse<RelationItem>>("/api/relations?limit=20&offset=20");

        Assert.Equal(20, first.Items.Count);
        Assert.Empty(first.Items.Select(r => r.Id).Intersect(second.Items.Select(r => r.Id)));
    }

    [Fact]
    public async Task EveryEvidenceQuoteOfARelationStandsAtItsOffsetsInTheDocument()
    {
        var relation = await _client.GetOkAsync<RelationItem>("/api/relations/r-trotsky-expelled-from-russia");

        Assert.Equal(2, relation.Evidence.Count);
        foreach (var evidence in relation.Evidence)
        {
            var document = await _client.GetOkAsync<DocumentDetails>($"/api/documents/{evidence.DocumentId}");
            Assert.Equal(evidence.Quote, CodePoints.Slice(document.Text, evidence.Start, evidence.End));
        }
    }

    [Fact]
    public async Task ARelationIsServedInTheContractShapeWithAbsentFieldsLeftOut()
    {
        // Undated, and neither participant has a known lifespan: no date, and a validity with neither bound.
        var body = await _client.GetStringAsync("/api/relations/r-social-democracy-part-of-democratic-bourgeoisie");
        var named = await _client.GetStringAsync("/api/relations/r-mercader-agent-of-stalin");
        using var json = JsonDocument.Parse(body);
        var relation = json.RootElement;

        Assert.Contains("\"name\":\"Ramón Mercader\"", named, StringComparison.Ordinal);
        Assert.Equal(["evidence", "id", "note", "source", "target", "type", "validity", "voice"], relation.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("""{"kind":"undated"}""", relation.GetProperty("validity").GetRawText());
        Assert.Equal("""{"source":"author","stance":"asserted"}""", relation.GetProperty("voice").GetRawText());
        Assert.Equal(["id", "kind", "name"], relation.GetProperty("source").EnumerateObject().Select(p => p.Name).Order());
        var evidence = relation.GetProperty("evidence")[0];
        Assert.Equal(["documentId", "end", "quote", "start"], evidence.EnumerateObject().Select(p => p.Name).Order());
    }

    // The years a relation's own date covers: a point's year, or an interval's start to end with an open or unknown end open.
    private static (int First, int Last) Years(RelationItem relation)
    {
        var date = EdtfDate.Parse(relation.Date!.Edtf);
        return (date.First?.Year ?? int.MinValue, date.Last?.Year ?? int.MaxValue);
    }
}
