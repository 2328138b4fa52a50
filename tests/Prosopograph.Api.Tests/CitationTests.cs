using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Prosopograph.Api.Citations;
using Prosopograph.Api.Contracts;
using Prosopograph.Api.Stats;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class CitationTests(ApiFactory api)
{
    private const string Essay = "000_eeff958d94dd4f42";
    private readonly HttpClient _client = api.CreateClient();

    private async Task<(string MediaType, string Body)> GetAsync(string url, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} gave {(int)response.StatusCode}: {body}");
        return (response.Content.Headers.ContentType!.MediaType!, body);
    }

    [Fact]
    public async Task ADocumentCitationRoundTripsAsCslJsonWithItsPublicationDetails()
    {
        var (mediaType, body) = await GetAsync($"/api/documents/{Essay}/citation?format=csl");

        Assert.Equal("application/vnd.citationstyles.csl+json", mediaType);
        var item = Assert.Single(JsonSerializer.Deserialize<List<CslItem>>(body)!);
        Assert.Equal(
            ("article-magazine", "How Stalin wiped out the militants of the October 1917 revolution", "Sylvestre", "World Revolution", "312",
                "http://en.internationalism.org/wr/312/stalin"),
            (item.Type, item.Title, item.Author.Single().Literal, item.ContainerTitle, item.Issue, item.Url));
        Assert.Equal([2008, 1, 20], item.Issued!.DateParts.Single());
        Assert.Null(item.License);
        Assert.DoesNotContain("\"license\"", body);
    }

    [Fact]
    public async Task ARelationCitationNamesTheDocumentTheQuoteItsOffsetsAndTheDatasetVersion()
    {
        var relation = await _client.GetOkAsync<RelationItem>("/api/relations/r-mercader-assassinated-trotsky");
        var stats = await _client.GetOkAsync<StatsResponse>("/api/stats");

        var (_, body) = await GetAsync("/api/relations/r-mercader-assassinated-trotsky/citation");

        var items = JsonSerializer.Deserialize<List<CslItem>>(body)!;
        Assert.Equal(relation.Evidence.Count, items.Count);
        foreach (var (item, evidence) in items.Zip(relation.Evidence))
        {
            Assert.Equal("How Stalin wiped out the militants of the October 1917 revolution", item.Title);
            Assert.Contains($"\"{evidence.Quote}\"", item.Note);
            Assert.Contains($"characters {evidence.Start}–{evidence.End} of document {evidence.DocumentId}", item.Note);
            Assert.Contains($"version {stats.Version}", item.Note);
        }
    }

    [Theory]
    [InlineData("text/plain", "text/plain", "Sylvestre. 2008. \u201CHow Stalin wiped out")]
    [InlineData("application/x-bibtex", "application/x-bibtex", "@article{sylvestre2008how,")]
    [InlineData("application/json", "application/vnd.citationstyles.csl+json", "[{\"id\":")]
    public async Task TheAcceptHeaderChoosesTheFormat(string accept, string mediaType, string start)
    {
        var (type, body) = await GetAsync($"/api/documents/{Essay}/citation", accept);

        Assert.Equal(mediaType, type);
        Assert.StartsWith(start, body);
    }

    [Fact]
    public async Task TheFormatParameterWinsOverAccept()
    {
        var (type, body) = await GetAsync("/api/relations/r-mercader-assassinated-trotsky/citation?format=bibtex", "application/json");

        Assert.Equal("application/x-bibtex", type);
        Assert.StartsWith("@article{sylvestre2008how:r-mercader-assassinated-trotsky:", body);
        Assert.Contains("  url = {http://en.internationalism.org/wr/312/stalin},", body);
    }

    [Fact]
    public async Task TheChicagoReferenceReadsAsChicagoAuthorDate()
    {
        var (_, body) = await GetAsync($"/api/documents/{Essay}/citation?format=chicago");

        Assert.StartsWith("Sylvestre. 2008. \u201CHow Stalin wiped out the militants of the October 1917 revolution.\u201D World Revolution 312, January 20. " +
            "International Communist Current. http://en.internationalism.org/wr/312/stalin.", body);
    }

    [Theory]
    [InlineData("/api/documents/nothing/citation", HttpStatusCode.NotFound)]
    [InlineData("/api/relations/r-nothing/citation", HttpStatusCode.NotFound)]
    [InlineData("/api/documents/" + Essay + "/citation?format=apa", HttpStatusCode.BadRequest)]
    public async Task UnknownIdsAndFormatsAreProblems(string url, HttpStatusCode status)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
