using Prosopograph.Api.Documents;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class DocumentTests(ApiFactory api)
{
    private const string Essay = "000_eeff958d94dd4f42";

    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task TheDocumentListHoldsTheEssay()
    {
        var documents = await _client.GetItemsAsync<DocumentItem>("/api/documents");

        var essay = Assert.Single(documents);
        Assert.Equal(Essay, essay.Id);
        Assert.Equal("en", essay.Language);
        Assert.True(essay.Length > 10_000, $"{essay.Length} code points");
    }

    [Fact]
    public async Task GetDocumentReturnsItsMetadataAndFullText()
    {
        var summary = Assert.Single(await _client.GetItemsAsync<DocumentItem>("/api/documents"));

        var document = await _client.GetOkAsync<DocumentDetails>($"/api/documents/{Essay}");

        Assert.Equal((summary.Title, summary.Author, summary.Length), (document.Title, document.Author, document.Length));
        Assert.Equal(document.Length, document.Text.EnumerateRunes().Count());
        Assert.Contains("Ramon Mercader", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MentionsOfKamenevPointAtHisNameInTheText()
    {
        var document = await _client.GetOkAsync<DocumentDetails>($"/api/documents/{Essay}");

        var mentions = await _client.GetItemsAsync<MentionItem>($"/api/documents/{Essay}/mentions?entity=kamenev");

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(("kamenev", "Lev Kamenev"), (m.Entity.Id, m.Entity.Name)));
        Assert.All(mentions, m => Assert.Equal(m.Surface, CodePoints.Slice(document.Text, m.Start, m.End)));
        Assert.All(mentions, m => Assert.Contains("Kamenev", m.Surface, StringComparison.Ordinal));
        Assert.Equal(mentions.OrderBy(m => m.Start).Select(m => m.Start), mentions.Select(m => m.Start));
    }

    [Fact]
    public async Task AllMentionsOfADocumentCoverManyEntitiesInTextOrder()
    {
        var mentions = await _client.GetItemsAsync<MentionItem>($"/api/documents/{Essay}/mentions?limit=500");

        Assert.True(mentions.Select(m => m.Entity.Id).Distinct().Count() > 20);
        Assert.Equal(mentions.OrderBy(m => m.Start).Select(m => m.Start), mentions.Select(m => m.Start));
    }
}
