using System.Net;
using System.Text.Json;

namespace Prosopograph.Api.Tests;

/// <summary>A request is answered as asked or refused: no parameter is ignored, no blank value means "everything".</summary>
[Collection(ApiCollection.Name)]
public sealed class StrictParameterTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/api/relations?tpye=executed", "tpye")]
    [InlineData("/api/timeline?entity=trotsky&status=reported", "status")]
    [InlineData("/api/entities?query=trotsky", "query")]
    [InlineData("/api/entities?Limit=5", "Limit")]
    [InlineData("/api/entities/trotsky?expand=all", "expand")]
    [InlineData("/api/stats?x=1", "x")]
    [InlineData("/api/documents?entity=kamenev", "entity")]
    [InlineData("/health/ready?verbose=true", "verbose")]
    public async Task AnUnknownParameterIsABadRequestNamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url);

        var problem = await ProblemAssert.IsProblemAsync(response, 400, url);
        Assert.Equal([parameter], ProblemAssert.ErrorKeys(problem));
    }

    [Fact]
    public async Task AnUnknownParameterErrorListsTheAcceptedOnes()
    {
        var problem = await ProblemAssert.IsProblemAsync(await _client.GetAsync("/api/relations?tpye=executed"), 400);

        var message = problem.GetProperty("errors").GetProperty("tpye")[0].GetString();
        foreach (var accepted in new[] { "type", "exact", "source", "stance", "asOf", "undated", "entity", "from", "to", "limit", "offset" })
        {
            Assert.Contains(accepted, message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/entities?q=!!!", "q")]
    [InlineData("/api/entities?q=%00", "q")]
    [InlineData("/api/entities?q=", "q")]
    [InlineData("/api/entities?q=%20", "q")]
    [InlineData("/api/relations?type=%20%09", "type")]
    [InlineData("/api/relations?type=executed,", "type")]
    [InlineData("/api/relations?type=executed,,member_of", "type")]
    [InlineData("/api/relations?entity=", "entity")]
    [InlineData("/api/entities/trotsky/relations?direction=", "direction")]
    [InlineData("/api/paths?from=&to=stalin", "from")]
    public async Task AValueThatNormalisesToNothingIsABadRequest(string url, string parameter)
    {
        var problem = await ProblemAssert.IsProblemAsync(await _client.GetAsync(url), 400, url);

        Assert.Equal([parameter], ProblemAssert.ErrorKeys(problem));
    }

    [Theory]
    [InlineData("/api/entities?limit=5&limit=6", "limit")]
    [InlineData("/api/entities?q=a&q=b", "q")]
    public async Task AOneValueParameterGivenTwiceIsABadRequest(string url, string parameter)
    {
        var problem = await ProblemAssert.IsProblemAsync(await _client.GetAsync(url), 400, url);

        Assert.Equal([parameter], ProblemAssert.ErrorKeys(problem));
    }

    [Fact]
    public async Task EveryInvalidParameterIsReportedAtOnce()
    {
        var problem = await ProblemAssert.IsProblemAsync(await _client.GetAsync("/api/relations?tpye=x&limit=abc&offset="), 400);

        Assert.Equal(["limit", "offset", "tpye"], ProblemAssert.ErrorKeys(problem).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheReferencePagesAreNotPoliced()
    {
        var response = await _client.GetAsync("/openapi/v1.json?cache=no");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var _ = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
