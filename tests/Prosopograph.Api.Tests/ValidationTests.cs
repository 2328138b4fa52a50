using System.Net;
using Microsoft.AspNetCore.Http;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class ValidationTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("/api/entities?limit=0", "limit")]
    [InlineData("/api/entities?limit=501", "limit")]
    [InlineData("/api/entities?limit=abc", "limit")]
    [InlineData("/api/entities?offset=-1", "offset")]
    [InlineData("/api/entities?kind=dragon", "kind")]
    [InlineData("/api/entities/trotsky/relations?direction=sideways", "direction")]
    [InlineData("/api/entities/trotsky/relations?type=befriended", "type")]
    [InlineData("/api/entities/trotsky/relations?from=1930&to=1920", "to")]
    [InlineData("/api/entities/trotsky/neighbourhood?depth=0", "depth")]
    [InlineData("/api/entities/trotsky/neighbourhood?depth=4", "depth")]
    [InlineData("/api/entities/trotsky/neighbourhood?type=member_of,befriended", "type")]
    [InlineData("/api/entities/trotsky/neighbourhood?asOf=0", "asOf")]
    [InlineData("/api/paths?to=stalin", "from")]
    [InlineData("/api/paths?from=mercader", "to")]
    [InlineData("/api/paths?from=mercader&to=stalin&maxLength=7", "maxLength")]
    [InlineData("/api/paths?from=mercader&to=stalin&type=befriended", "type")]
    [InlineData("/api/relations?source=rumoured", "source")]
    [InlineData("/api/relations?stance=asserted,denied", "stance")]
    [InlineData("/api/timeline?source=author&source=hearsay", "source")]
    [InlineData("/api/entities/trotsky/neighbourhood?stance=doubted", "stance")]
    [InlineData("/api/paths?from=mercader&to=stalin&source=gossip", "source")]
    [InlineData("/api/export?stance=denied", "stance")]
    [InlineData("/api/export?type=befriended", "type")]
    [InlineData("/api/relations?type=befriended", "type")]
    [InlineData("/api/relations?from=1940&to=1930", "to")]
    [InlineData("/api/timeline?from=1940&to=1930", "to")]
    [InlineData("/api/timeline?from=year", "from")]
    [InlineData("/api/export?format=xml", "format")]
    public async Task AnInvalidParameterGivesAValidationProblemNamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadAsync<HttpValidationProblemDetails>();
        var messages = Assert.Single(problem.Errors, e => e.Key == parameter).Value;
        Assert.NotEmpty(Assert.Single(messages));
        Assert.Single(problem.Errors);
    }

    [Fact]
    public async Task SeveralInvalidParametersAreReportedTogether()
    {
        var response = await _client.GetAsync("/api/entities?limit=0&offset=-5&kind=dragon");

        var problem = await response.ReadAsync<HttpValidationProblemDetails>();
        Assert.Equal(["kind", "limit", "offset"], problem.Errors.Keys.Order());
        Assert.Contains("person", problem.Errors["kind"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownRelationTypeIsNamedInTheMessage()
    {
        var response = await _client.GetAsync("/api/entities/trotsky/neighbourhood?type=member_of,befriended");

        var problem = await response.ReadAsync<HttpValidationProblemDetails>();
        var message = Assert.Single(problem.Errors["type"]);
        Assert.Contains("'befriended'", message, StringComparison.Ordinal);
        Assert.DoesNotContain("member_of", message, StringComparison.Ordinal);
    }
}
