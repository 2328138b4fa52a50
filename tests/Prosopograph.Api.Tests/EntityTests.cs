using Prosopograph.Api.Contracts;
using Prosopograph.Api.Entities;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class EntityTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task GetEntityReturnsItsNamesRelationCountsAndTheDocumentsMentioningIt()
    {
        var trotsky = await _client.GetOkAsync<EntityDetails>("/api/entities/trotsky");
        var relations = await _client.GetItemsAsync<RelationItem>("/api/entities/trotsky/relations?limit=500");

        Assert.Equal(("Leon Trotsky", "person"), (trotsky.Name, trotsky.Kind));
        Assert.Contains(trotsky.Aliases, a => a.Name == "Trotsky");
        Assert.Equal(relations.Count, trotsky.RelationCounts.Sum(c => c.Outgoing + c.Incoming));
        var expulsions = Assert.Single(trotsky.RelationCounts, c => c.Type == "expelled_from");
        Assert.Equal(relations.Count(r => r.Type == "expelled_from" && r.Source.Id == "trotsky"), expulsions.Outgoing);
        var essay = Assert.Single(trotsky.Documents);
        Assert.True(essay.Mentions > 10, $"Trotsky is mentioned {essay.Mentions} times");
    }

    [Fact]
    public async Task TrotskysRelationsIncludeHisExpulsionsWithTheirYears()
    {
        var relations = await _client.GetItemsAsync<RelationItem>("/api/entities/trotsky/relations?type=expelled_from&direction=out");

        var expulsions = relations.Select(r => (r.Target.Id, r.Date?.Edtf)).ToList();
        Assert.Contains(("bolshevik-party", "1927"), expulsions);
        Assert.Contains(("russia", "1928"), expulsions);
        Assert.Contains(("france", "1935"), expulsions);
        Assert.All(relations, r => Assert.Equal(("trotsky", "expelled_from"), (r.Source.Id, r.Type)));
        Assert.All(relations, r => Assert.NotEmpty(r.Evidence));
    }

    [Fact]
    public async Task EntityRelationsInOneDirectionKeepOnlyThatSide()
    {
        var incoming = await _client.GetItemsAsync<RelationItem>("/api/entities/trotsky/relations?type=assassinated&direction=in");
        var outgoing = await _client.GetItemsAsync<RelationItem>("/api/entities/trotsky/relations?type=assassinated&direction=out");

        var assassination = Assert.Single(incoming);
        Assert.Equal(("mercader", "trotsky", "1940-08-20"), (assassination.Source.Id, assassination.Target.Id, assassination.Date?.Edtf));
        Assert.Empty(outgoing);
    }

    [Fact]
    public async Task EntityRelationsBetweenTwoYearsLeaveOutUndatedAndOtherYears()
    {
        var relations = await _client.GetItemsAsync<RelationItem>("/api/entities/trotsky/relations?type=expelled_from&from=1927&to=1928");

        Assert.Equal(["bolshevik-party", "russia"], relations.Select(r => r.Target.Id).Order());
    }
}
