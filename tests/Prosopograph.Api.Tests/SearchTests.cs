using Prosopograph.Api.Contracts;
using Prosopograph.Api.Entities;
using Prosopograph.Api.Stats;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class SearchTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task SearchWithTransposedLettersFindsTrotskyFirst()
    {
        var page = await _client.GetOkAsync<PageResponse<EntityItem>>("/api/entities?q=trotksy");

        Assert.Equal("trotsky", page.Items[0].Id);
    }

    [Theory]
    [InlineData("ramon mercader")]
    [InlineData("Ramón Mercader")]
    [InlineData("MERCADER")]
    public async Task SearchIgnoresCaseDiacriticsAndPunctuation(string query)
    {
        var page = await _client.GetOkAsync<PageResponse<EntityItem>>($"/api/entities?q={Uri.EscapeDataString(query)}");

        Assert.Equal("mercader", page.Items[0].Id);
    }

    [Theory]
    [InlineData("Siqueiros")]
    [InlineData("Siqueriros")]
    public async Task SearchFindsSiqueirosUnderTheHistoricalSpellingAndTheTexts(string query)
    {
        var page = await _client.GetOkAsync<PageResponse<EntityItem>>($"/api/entities?q={query}");

        Assert.Equal("siqueiros", page.Items[0].Id);
    }

    [Fact]
    public async Task SearchFindsTrotskyByHisBirthName()
    {
        var page = await _client.GetOkAsync<PageResponse<EntityItem>>("/api/entities?q=bronstein");

        var trotsky = Assert.Single(page.Items);
        Assert.Equal("trotsky", trotsky.Id);
        Assert.Contains(trotsky.Aliases, a => a is { Name: "Lev Davidovich Bronstein", Type: "birth-name" });
    }

    [Fact]
    public async Task SearchRanksAnExactNameAboveNamesItIsOnlyThePrefixOf()
    {
        var page = await _client.GetOkAsync<PageResponse<EntityItem>>("/api/entities?q=Siqueiros");
        var ids = page.Items.Select(e => e.Id).ToList();

        Assert.Contains("siqueiros-squad", ids);
        Assert.True(ids.IndexOf("siqueiros") < ids.IndexOf("siqueiros-squad"), string.Join(", ", ids));
    }

    [Fact]
    public async Task SearchByKindReturnsEveryEntityOfThatKindAndNoOther()
    {
        var stats = await _client.GetOkAsync<StatsResponse>("/api/stats");

        var page = await _client.GetOkAsync<PageResponse<EntityItem>>("/api/entities?kind=state&limit=500");

        Assert.All(page.Items, e => Assert.Equal("state", e.Kind));
        Assert.Equal(stats.EntitiesByKind["state"], page.Total);
        Assert.Contains(page.Items, e => e.Id == "norway");
    }

    [Fact]
    public async Task SearchPagesAreDisjointAndTogetherHoldEveryMatch()
    {
        var first = await _client.GetOkAsync<PageResponse<EntityItem>>("/api/entities?kind=person&limit=5");
        var ids = new List<string>();
        for (var offset = 0; offset < first.Total; offset += 5)
        {
            var page = await _client.GetOkAsync<PageResponse<EntityItem>>($"/api/entities?kind=person&limit=5&offset={offset}");
            Assert.Equal((5, offset, first.Total), (page.Limit, page.Offset, page.Total));
            ids.AddRange(page.Items.Select(e => e.Id));
        }

        Assert.True(first.Total > 5);
        Assert.Equal(first.Total, ids.Distinct().Count());
        Assert.Equal(first.Total, ids.Count);
    }

    [Fact]
    public async Task AWholeWordOutranksAPrefix()
    {
        var found = await _client.GetOkAsync<PageResponse<EntityItem>>("/api/entities?q=serge");

        Assert.Equal("victor-serge", found.Items[0].Id);
        Assert.Contains(found.Items, e => e.Id == "kirov");
    }

    [Theory]
    [InlineData("Троцкий", "trotsky")]
    [InlineData("Сталин", "stalin")]
    [InlineData("Каменев", "kamenev")]
    public async Task ANameInRussianScriptFindsThePerson(string query, string expected)
    {
        var found = await _client.GetOkAsync<PageResponse<EntityItem>>($"/api/entities?q={Uri.EscapeDataString(query)}");

        Assert.Equal(expected, found.Items[0].Id);
    }
}
