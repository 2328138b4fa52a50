using Microsoft.Extensions.DependencyInjection;
using Prosopograph.Api.Contracts;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Api.Tests;

/// <summary>
/// The "as of" questions of issue 8 on the seed corpus: each holds through the API, and each is checked against a year
/// in which the same relation does hold, so an empty answer cannot pass for a right one.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AsOfTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task AsOf1935TrotskyIsNoLongerAlliedWithLenin()
    {
        var in1917 = await NeighbourhoodAsync("trotsky", 1917);
        var in1935 = await NeighbourhoodAsync("trotsky", 1935);

        Assert.Contains(in1917.Links, e => Joins(e, "allied_with", "trotsky", "lenin"));
        Assert.DoesNotContain(in1935.Links, e => Joins(e, "allied_with", "trotsky", "lenin"));
    }

    [Fact]
    public async Task AsOf1935LeninIsAMemberOfNothingNorInAnyStateOfAffairs()
    {
        var lenin = await NeighbourhoodAsync("lenin", 1935);
        var memberships = await _client.GetItemsAsync<RelationItem>("/api/entities/lenin/relations?type=member_of&asOf=1935");
        var intervalTypes = api.Services.GetRequiredService<CorpusModel>().Vocabulary.RelationTypes
            .Where(t => t.Temporal == Temporality.Interval).Select(t => t.Id).ToHashSet();

        Assert.Empty(memberships);
        Assert.DoesNotContain(lenin.Links, e => e.Type == "member_of" && e.Source == "lenin");
        // He died in 1924: no state of affairs (membership, alliance, control) can hold him in 1935; his acts remain.
        var his = lenin.Links.Where(e => e.Source == "lenin" || e.Target == "lenin").ToList();
        Assert.DoesNotContain(his, e => intervalTypes.Contains(e.Type));
        Assert.NotEmpty(his);
    }

    [Fact]
    public async Task AsOf1925StalinHasNotExecutedBukharin()
    {
        var in1925 = await NeighbourhoodAsync("stalin", 1925);
        var in1938 = await NeighbourhoodAsync("stalin", 1938);

        Assert.DoesNotContain(in1925.Links, e => Joins(e, "executed", "stalin", "bukharin"));
        Assert.Contains(in1938.Links, e => Joins(e, "executed", "stalin", "bukharin"));
    }

    [Fact]
    public async Task AsOf1918StalinDoesNotControlTheBolshevikParty()
    {
        var in1918 = await NeighbourhoodAsync("stalin", 1918);
        var in1925 = await NeighbourhoodAsync("stalin", 1925);

        Assert.DoesNotContain(in1918.Links, e => Joins(e, "controlled", "stalin", "bolshevik-party"));
        Assert.Contains(in1925.Links, e => Joins(e, "controlled", "stalin", "bolshevik-party"));
    }

    [Fact]
    public async Task AsOf1926TrotskyIsStillAPartyMemberAndStalinIsAlliedWithBukharin()
    {
        var trotsky = await NeighbourhoodAsync("trotsky", 1926);
        var stalin = await NeighbourhoodAsync("stalin", 1926);
        var trotskyIn1928 = await NeighbourhoodAsync("trotsky", 1928);

        Assert.Contains(trotsky.Links, e => Joins(e, "member_of", "trotsky", "bolshevik-party"));
        Assert.Contains(stalin.Links, e => Joins(e, "allied_with", "stalin", "bukharin"));
        Assert.DoesNotContain(trotskyIn1928.Links, e => Joins(e, "member_of", "trotsky", "bolshevik-party"));
    }

    [Fact]
    public async Task EveryRelationSaysWhereItsValidityComesFrom()
    {
        var relations = await _client.GetOkAsync<PageResponse<RelationItem>>("/api/relations?limit=500");

        // Dated exactly when the relation has a date of its own; the rest are bounded by lifespans or undated.
        Assert.All(relations.Items, r => Assert.True((r.Date is not null) == (r.Validity.Kind == ValidityKind.Dated), r.Id));
        var execution = Assert.Single(relations.Items, r => Joins(r, "executed", "stalin", "bukharin"));
        Assert.NotEqual(ValidityKind.Undated, execution.Validity.Kind);
        Assert.Contains(relations.Items, r => r.Validity.Kind == ValidityKind.Undated);
    }

    [Fact]
    public async Task UndatedExcludeDropsOnlyTheUndated()
    {
        var all = await _client.GetOkAsync<PageResponse<RelationItem>>("/api/relations?asOf=1930&limit=500");
        var placed = await _client.GetOkAsync<PageResponse<RelationItem>>("/api/relations?asOf=1930&undated=exclude&limit=500");

        Assert.Equal(all.Items.Where(r => r.Validity.Kind != ValidityKind.Undated).Select(r => r.Id), placed.Items.Select(r => r.Id));
        Assert.True(placed.Total < all.Total);
    }

    [Fact]
    public async Task LeninsExistenceComesWithHimFromSearchAndDetail()
    {
        var page = await _client.GetOkAsync<PageResponse<Entities.EntityItem>>("/api/entities?q=Lenin&kind=person");
        var detail = await _client.GetOkAsync<Entities.EntityDetails>("/api/entities/lenin");

        var lenin = Assert.Single(page.Items, e => e.Id == "lenin");
        Assert.NotNull(lenin.Existence);
        Assert.Equal(lenin.Existence, detail.Existence);
        Assert.EndsWith("/1924-01-20", detail.Existence!.Edtf);
    }

    [Theory]
    [InlineData("/api/entities/trotsky/neighbourhood?undated=sometimes")]
    [InlineData("/api/relations?undated=no")]
    public async Task AnUnknownUndatedValueIsRejected(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Must be include or exclude.", await response.Content.ReadAsStringAsync());
    }

    private async Task<SubgraphResponse> NeighbourhoodAsync(string entity, int year) =>
        await _client.GetOkAsync<SubgraphResponse>($"/api/entities/{entity}/neighbourhood?asOf={year}");

    private static bool Joins(RelationItem relation, string type, string subject, string @object) =>
        relation.Type == type && relation.Source.Id == subject && relation.Target.Id == @object;

    private static bool Joins(GraphLink link, string type, string subject, string @object) =>
        link.Type == type && link.Source == subject && link.Target == @object;
}
