using Prosopograph.Api.Hosting;
using Prosopograph.Api.Stats;
using Prosopograph.Api.Vocabulary;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class StatsTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task StatsCountEveryEntityByKindAndEveryRelationByType()
    {
        var stats = await _client.GetOkAsync<StatsResponse>("/api/stats");

        Assert.Equal(1, stats.Documents);
        Assert.Equal(stats.Entities, stats.EntitiesByKind.Values.Sum());
        Assert.Equal(stats.Relations, stats.RelationsByType.Values.Sum());
        Assert.True(stats.EntitiesByKind["person"] >= 10);
        Assert.True(stats.Mentions > stats.Entities);
    }

    [Theory]
    [InlineData("/api/stats")]
    [InlineData("/api/entities/trotsky")]
    [InlineData("/api/entities/nobody")]
    public async Task EveryResponseCarriesTheDatasetVersionThatStatsReport(string url)
    {
        var stats = await _client.GetOkAsync<StatsResponse>("/api/stats");

        var response = await _client.GetAsync(url);

        Assert.Matches("^[0-9a-f]{12}$", stats.Version);
        Assert.Equal(stats.Version, Assert.Single(response.Headers.GetValues(DatasetVersionHeader.Name)));
    }

    [Fact]
    public async Task RelationTypesListTheVocabularyWithHowOftenEachIsUsed()
    {
        var stats = await _client.GetOkAsync<StatsResponse>("/api/stats");

        var types = await _client.GetItemsAsync<RelationTypeItem>("/api/relation-types");

        Assert.Equal(stats.Relations, types.Sum(t => t.Count));
        var expelled = Assert.Single(types, t => t.Id == "expelled_from");
        Assert.Equal((Temporality.Point, stats.RelationsByType["expelled_from"]), (expelled.Temporal, expelled.Count));
        Assert.Contains(types, t => t.Temporal == Temporality.Interval && t.Id == "member_of");
    }

    [Fact]
    public async Task EntityKindsListTheVocabularyWithHowManyEntitiesAreOfEach()
    {
        var stats = await _client.GetOkAsync<StatsResponse>("/api/stats");

        var kinds = await _client.GetItemsAsync<EntityKindItem>("/api/entity-kinds");

        Assert.Equal(stats.EntitiesByKind.Keys.Order(), kinds.Where(k => k.Count > 0).Select(k => k.Id).Order());
        Assert.All(kinds, k => Assert.Equal(stats.EntitiesByKind.GetValueOrDefault(k.Id), k.Count));
    }
}
