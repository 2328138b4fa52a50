using System.Text.Json;
using Prosopograph.Api.Contracts;

namespace Prosopograph.Api.Tests;

/// <summary>Graph answers carry what a graph needs; evidence on request; a cap that says when it cut.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphAnswerTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/api/entities/trotsky/neighbourhood?depth=2")]
    [InlineData("/api/paths?from=mercader&to=lenin&maxLength=6")]
    public async Task LinksLeaveEvidenceAndNoteOutUnlessAsked(string url)
    {
        var links = await LinksAsync(url);

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.False(l.TryGetProperty("evidence", out _) || l.TryGetProperty("note", out _), l.GetProperty("id").GetString()));
        Assert.All(links, l => Assert.True(l.TryGetProperty("validity", out _) && l.TryGetProperty("voice", out _) && l.TryGetProperty("type", out _)));
    }

    [Theory]
    [InlineData("/api/entities/trotsky/neighbourhood?depth=2&include=evidence")]
    [InlineData("/api/paths?from=mercader&to=lenin&maxLength=6&include=evidence")]
    public async Task IncludeEvidenceGivesEachLinkTheEvidenceAndNoteOfItsRelation(string url)
    {
        var links = await LinksAsync(url);

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var relation = await _client.GetOkAsync<RelationItem>($"/api/relations/{link.GetProperty("id").GetString()}");
            var evidence = link.GetProperty("evidence").Deserialize<List<EvidenceItem>>(ApiJson.Options)!;
            Assert.Equal(relation.Evidence, evidence);
            Assert.Equal(relation.Note, link.TryGetProperty("note", out var note) ? note.GetString() : null);
        }
    }

    [Fact]
    public async Task WithoutEvidenceTrotskysNetworkIsAFractionOfItsSize()
    {
        var bare = await _client.GetStringAsync("/api/entities/trotsky/neighbourhood?depth=2");
        var full = await _client.GetStringAsync("/api/entities/trotsky/neighbourhood?depth=2&include=evidence");

        // The quotes and notes were most of it (118 KB before include existed); the graph itself is what remains.
        Assert.True(bare.Length * 2 < full.Length, $"{bare.Length} bytes bare, {full.Length} with evidence");
        Assert.Contains("\"note\"", full, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALimitKeepsTheFirstNodesByDepthThenIdAndSaysTheAnswerIsTruncated()
    {
        var whole = await _client.GetOkAsync<SubgraphResponse>("/api/entities/trotsky/neighbourhood?depth=2");
        var five = await _client.GetOkAsync<SubgraphResponse>("/api/entities/trotsky/neighbourhood?depth=2&limit=5");

        Assert.False(whole.Truncated);
        Assert.True(five.Truncated);
        Assert.Equal(whole.Nodes.Take(5), five.Nodes);
        var kept = five.Nodes.Select(n => n.Id).ToHashSet();
        Assert.Equal(whole.Links.Where(l => kept.Contains(l.Source) && kept.Contains(l.Target)).Select(l => l.Id).Order(StringComparer.Ordinal).Take(25),
            five.Links.Select(l => l.Id));
        Assert.NotEmpty(five.Links);
    }

    [Fact]
    public async Task APathAnswerSaysWhetherItsSearchWasCut()
    {
        using var body = JsonDocument.Parse(await _client.GetStringAsync("/api/paths?from=mercader&to=lenin&maxLength=6"));

        Assert.False(body.RootElement.GetProperty("truncated").GetBoolean());
    }

    [Theory]
    [InlineData("/api/entities/trotsky/neighbourhood?include=quotes", "include")]
    [InlineData("/api/entities/trotsky/neighbourhood?include=", "include")]
    [InlineData("/api/entities/trotsky/neighbourhood?include=evidence&include=evidence", "include")]
    [InlineData("/api/paths?from=mercader&to=lenin&include=Evidence", "include")]
    [InlineData("/api/entities/trotsky/neighbourhood?limit=0", "limit")]
    [InlineData("/api/entities/trotsky/neighbourhood?limit=1001", "limit")]
    [InlineData("/api/entities/trotsky/neighbourhood?limit=five", "limit")]
    [InlineData("/api/entities/trotsky/neighbourhood?limit=", "limit")]
    public async Task ABadIncludeOrLimitIsABadRequestNamingIt(string url, string parameter)
    {
        var problem = await ProblemAssert.IsProblemAsync(await _client.GetAsync(url), 400, url);

        Assert.Equal([parameter], ProblemAssert.ErrorKeys(problem));
    }

    private async Task<List<JsonElement>> LinksAsync(string url)
    {
        using var body = JsonDocument.Parse(await _client.GetStringAsync(url));
        var root = body.RootElement;
        var links = root.TryGetProperty("items", out var paths)
            ? paths.EnumerateArray().SelectMany(p => p.GetProperty("links").EnumerateArray())
            : root.GetProperty("links").EnumerateArray();
        return links.Select(l => l.Clone()).ToList();
    }
}
