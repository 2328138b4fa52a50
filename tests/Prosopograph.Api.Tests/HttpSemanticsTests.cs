using System.Net;
using Prosopograph.Api.Hosting;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class HttpSemanticsTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task HeadOnEveryGetRouteAnswersLikeGetWithoutABody()
    {
        var routes = await Routes.AllAsync(_client);
        Assert.True(routes.Count >= 15, $"{routes.Count} routes");

        foreach (var path in routes.Select(r => r.Path).Append("/health/live").Append("/health/ready"))
        {
            var get = await _client.GetAsync(path);
            var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

            Assert.True(get.StatusCode == head.StatusCode, $"HEAD {path}: {head.StatusCode}, GET: {get.StatusCode}");
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
            Assert.True(head.Headers.Contains(DatasetVersionHeader.Name), path);
        }
    }

    [Theory]
    [InlineData("POST", "/health/live")]
    [InlineData("PUT", "/health/live")]
    [InlineData("DELETE", "/health/ready")]
    [InlineData("TRACE", "/health/ready")]
    [InlineData("PATCH", "/health/ready")]
    [InlineData("POST", "/api/entities")]
    [InlineData("DELETE", "/api/entities/trotsky")]
    [InlineData("OPTIONS", "/api/relations")]
    public async Task OtherMethodsAreRefusedWithAProblem(string method, string path)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await ProblemAssert.IsProblemAsync(response, 405, $"{method} {path}");
    }

    [Theory]
    [InlineData("/api/stats", SecurityHeaders.ContentSecurityPolicy)]
    [InlineData("/api/entities/nobody", SecurityHeaders.ContentSecurityPolicy)]
    [InlineData("/nothing-here", SecurityHeaders.ContentSecurityPolicy)]
    [InlineData("/openapi/v1.json", SecurityHeaders.ContentSecurityPolicy)]
    [InlineData("/scalar", SecurityHeaders.ReferencePagePolicy)]
    public async Task EveryResponseCarriesTheSecurityHeadersAndOnlyTheReferencePageARelaxedPolicy(string path, string policy)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(policy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrossOriginReadsAreOffByDefault()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        request.Headers.Add("Origin", "http://localhost:8888");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task CrossOriginReadsAreAllowedForTheListedOriginsOnly()
    {
        using var notebook = api.WithWebHostBuilder(web => web.UseSetting($"{CrossOrigin.AllowedOriginsKey}:0", "http://localhost:8888"));
        var client = notebook.CreateClient();

        var allowed = await client.SendAsync(WithOrigin("http://localhost:8888"));
        var other = await client.SendAsync(WithOrigin("http://evil.example"));

        Assert.Equal("http://localhost:8888", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains(DatasetVersionHeader.Name, Assert.Single(allowed.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.Ordinal);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task TheReferencePageHidesTheVendorButtonsThatNeedItsCloud()
    {
        var page = await _client.GetStringAsync("/scalar/");

        Assert.Contains("\"agent\":{\"disabled\":true}", page, StringComparison.Ordinal);
        Assert.Contains("\"mcp\":{\"disabled\":true}", page, StringComparison.Ordinal);
        Assert.Contains("\"showDeveloperTools\":\"never\"", page, StringComparison.Ordinal);
        Assert.Contains("\"_integration\":null", page, StringComparison.Ordinal);
    }

    private static HttpRequestMessage WithOrigin(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        request.Headers.Add("Origin", origin);
        return request;
    }
}
