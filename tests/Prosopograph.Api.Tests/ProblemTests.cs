using System.Net;
using System.Net.Http.Headers;
using Prosopograph.Api.Hosting;

namespace Prosopograph.Api.Tests;

/// <summary>Every error is a complete problem+json, whatever the client accepts and whichever layer refused the request.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProblemTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    public static TheoryData<string> NonJsonAccepts => new() { "text/html", "application/xml", "text/plain", "image/png", "*/*" };

    [Theory]
    [MemberData(nameof(NonJsonAccepts))]
    public async Task AValidationErrorIsAProblemWithCamelCaseErrorsWhateverTheAcceptHeader(string accept)
    {
        var response = await SendAsync("/api/entities?limit=0", accept);

        var problem = await ProblemAssert.IsProblemAsync(response, 400, accept);
        Assert.Equal(["limit"], ProblemAssert.ErrorKeys(problem));
    }

    [Theory]
    [MemberData(nameof(NonJsonAccepts))]
    public async Task AnUnknownRouteIsAProblemWhateverTheAcceptHeader(string accept) =>
        await ProblemAssert.IsProblemAsync(await SendAsync("/api/people", accept), 404, accept);

    [Theory]
    [MemberData(nameof(NonJsonAccepts))]
    public async Task AnUnknownIdIsAProblemWithATraceIdWhateverTheAcceptHeader(string accept) =>
        await ProblemAssert.IsProblemAsync(await SendAsync("/api/entities/nobody", accept), 404, accept);

    [Theory]
    [MemberData(nameof(NonJsonAccepts))]
    public async Task AnUnexpectedFailureIsACompleteProblemWithTheDatasetVersion(string accept)
    {
        using var broken = api.WithGraphStore(FailingGraphStore.Throwing(new InvalidOperationException("secret")));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));

        var response = await broken.CreateClient().SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, 500, accept);
    }

    [Theory]
    [InlineData("limit=1%0A2", "limit")]
    [InlineData("offset=1%0D%0A2", "offset")]
    [InlineData("limit=9999999999", "limit")]
    [InlineData("limit=1.5", "limit")]
    [InlineData("limit=%2B", "limit")]
    public async Task AnIntegerThatIsNotOneIsRefusedWithoutFrameworkWording(string query, string parameter)
    {
        var response = await _client.GetAsync($"/api/entities?{query}");

        var problem = await ProblemAssert.IsProblemAsync(response, 400, query);
        Assert.Equal([parameter], ProblemAssert.ErrorKeys(problem));
    }

    [Theory]
    [InlineData("/api/entities?q=%EF%BF%BE")]
    [InlineData("/api/entities?q=trotsky%EF%BF%BE")]
    [InlineData("/api/entities?q=%EF%BF%BEtrotsky")]
    [InlineData("/api/entities?q=tro%EF%BF%BEtsky")]
    [InlineData("/api/entities?q=%EF%BF%BF")]
    [InlineData("/api/entities?q=%EF%B7%90")]
    [InlineData("/api/entities?q=%F0%9F%BF%BE")]
    [InlineData("/api/entities?q=%F4%8F%BF%BF")]
    [InlineData("/api/entities?kind=%EF%BF%BE")]
    [InlineData("/api/relations?type=%EF%BF%BE")]
    [InlineData("/api/relations?entity=%EF%BF%BE")]
    [InlineData("/api/timeline?entity=trotsky%EF%BF%BE")]
    [InlineData("/api/entities?%EF%BF%BE=1")]
    [InlineData("/api/entities/%EF%BF%BE")]
    [InlineData("/api/entities/trotsky%EF%BF%BE/relations")]
    [InlineData("/api/documents/%EF%BF%BE/mentions")]
    public async Task ANoncharacterAnywhereIsABadRequestNotAServerError(string url) =>
        await ProblemAssert.IsProblemAsync(await _client.GetAsync(url), 400, url);

    [Fact]
    public async Task TheExceptionHandlerKeepsTheDatasetVersion()
    {
        using var broken = api.WithGraphStore(FailingGraphStore.Throwing(new InvalidOperationException("secret")));

        var response = await broken.CreateClient().GetAsync("/api/entities/trotsky");

        Assert.True(response.Headers.Contains(DatasetVersionHeader.Name));
    }

    private Task<HttpResponseMessage> SendAsync(string url, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        return _client.SendAsync(request);
    }
}
