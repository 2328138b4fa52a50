using Prosopograph.Api.Contracts;

namespace Prosopograph.Api.Tests;

/// <summary>Lists mean one thing everywhere: one envelope, type lists as a union, timeline order.</summary>
[Collection(ApiCollection.Name)]
public sealed class RelationListTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/api/relations?{0}", "executed", "member_of")]
    [InlineData("/api/entities/stalin/relations?{0}", "executed", "member_of")]
    [InlineData("/api/timeline?{0}", "expelled_from", "assassinated")]
    [InlineData("/api/entities/trotsky/neighbourhood?{0}", "expelled_from", "assassinated")]
    public async Task CommaSeparatedAndRepeatedTypesBothGiveTheUnion(string template, string one, string other)
    {
        var executed = await RelationIdsAsync(string.Format(template, $"type={one}"));
        var member = await RelationIdsAsync(string.Format(template, $"type={other}"));
        var comma = await RelationIdsAsync(string.Format(template, $"type={one},{other}"));
        var repeated = await RelationIdsAsync(string.Format(template, $"type={one}&type={other}"));

        Assert.NotEmpty(executed);
        Assert.Equal(executed.Count + member.Count, comma.Count);
        Assert.Equal(comma, repeated);
        Assert.Equal(executed.Concat(member).Order(StringComparer.Ordinal), comma.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/relations?limit=500")]
    [InlineData("/api/entities/trotsky/relations?limit=500")]
    public async Task RelationListsComeInTimelineOrderWithUndatedLast(string url)
    {
        var relations = await _client.GetItemsAsync<RelationItem>(url);
        var timeline = await _client.GetItemsAsync<RelationItem>(url.Replace("/api/relations?", "/api/timeline?", StringComparison.Ordinal)
            .Replace("/api/entities/trotsky/relations?", "/api/timeline?entity=trotsky&", StringComparison.Ordinal));

        // The timeline holds the relations whose date has a known start (an EDTF "/1927" has none), in its order;
        // the list gives those first, then the rest, the undated among them, by id.
        Assert.True(timeline.Count > 0 && timeline.Count < relations.Count, $"{timeline.Count} of {relations.Count} in the timeline");
        Assert.Equal(timeline.Select(r => r.Id), relations.Take(timeline.Count).Select(r => r.Id));
        var rest = relations.Skip(timeline.Count).ToList();
        Assert.Contains(rest, r => r.Date is null);
        Assert.All(rest, r => Assert.True(r.Date is null || r.Date.Edtf.StartsWith('/') || r.Date.Edtf.StartsWith("../", StringComparison.Ordinal), r.Id));
        Assert.Equal(rest.Select(r => r.Id).Order(StringComparer.Ordinal), rest.Select(r => r.Id));
    }

    [Theory]
    [InlineData("/api/entities?limit=2", 2)]
    [InlineData("/api/relations?limit=2", 2)]
    [InlineData("/api/entities/trotsky/relations?limit=2", 2)]
    [InlineData("/api/timeline?limit=2&offset=1", 2)]
    [InlineData("/api/documents", 50)]
    [InlineData("/api/documents/000_eeff958d94dd4f42/mentions?limit=3", 3)]
    [InlineData("/api/relation-types?limit=4", 4)]
    [InlineData("/api/entity-kinds?offset=1", 50)]
    [InlineData("/api/paths?from=mercader&to=stalin&limit=5", 5)]
    public async Task EveryListAnswersTheSameEnvelope(string url, int limit)
    {
        var page = await _client.GetOkAsync<PageResponse<System.Text.Json.JsonElement>>(url);

        Assert.Equal(limit, page.Limit);
        Assert.True(page.Items.Count <= limit);
        Assert.True(page.Total >= page.Items.Count);
    }

    // Relation lists hold relations; a neighbourhood holds them as links.
    private async Task<IReadOnlyList<string>> RelationIdsAsync(string url) => url.Contains("/neighbourhood", StringComparison.Ordinal)
        ? (await _client.GetOkAsync<SubgraphResponse>(url)).Links.Select(l => l.Id).ToList()
        : (await _client.GetItemsAsync<RelationItem>(url + "&limit=500")).Select(r => r.Id).ToList();
}
