using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Prosopograph.Graph;

namespace Prosopograph.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class ErrorTests(ApiFactory api)
{
    [Theory]
    [InlineData("/api/entities/nobody", "entity", "nobody")]
    [InlineData("/api/entities/nobody/relations", "entity", "nobody")]
    [InlineData("/api/entities/nobody/neighbourhood", "entity", "nobody")]
    [InlineData("/api/paths?from=nobody&to=stalin", "entity", "nobody")]
    [InlineData("/api/paths?from=mercader&to=no-one", "entity", "no-one")]
    [InlineData("/api/relations?entity=nobody", "entity", "nobody")]
    [InlineData("/api/timeline?entity=nobody", "entity", "nobody")]
    [InlineData("/api/relations/r-nothing", "relation", "r-nothing")]
    [InlineData("/api/documents/nothing", "document", "nothing")]
    [InlineData("/api/documents/nothing/mentions", "document", "nothing")]
    [InlineData("/api/documents/000_eeff958d94dd4f42/mentions?entity=nobody", "entity", "nobody")]
    public async Task AnUnknownIdGivesNotFoundProblemDetailsNamingIt(string url, string what, string id)
    {
        var response = await api.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadAsync<ProblemDetails>();
        Assert.Equal($"Unknown {what}", problem.Title);
        Assert.Equal($"No {what} has the id '{id}'.", problem.Detail);
    }

    [Fact]
    public async Task AnUnknownRouteGivesProblemDetails()
    {
        var response = await api.CreateClient().GetAsync("/api/people");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AStoreThatIsNotReadyGivesServiceUnavailableWithRetryAfter()
    {
        var failure = new GraphStoreUnavailableException("bolt://graph-7:7687 refused the connection", TimeSpan.FromSeconds(7));
        using var unavailable = api.WithGraphStore(FailingGraphStore.Throwing(failure));

        var response = await unavailable.CreateClient().GetAsync("/api/entities/trotsky");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("retry in 7 s", body, StringComparison.Ordinal);
        Assert.DoesNotContain("bolt://", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnexpectedFailureGivesProblemDetailsWithoutInternalsEvenInDevelopment()
    {
        using var broken = api.WithGraphStore(FailingGraphStore.Throwing(new InvalidOperationException("secret: password=hunter2")));

        var response = await broken.CreateClient().GetAsync("/api/stats");

        Assert.True(broken.Services.GetRequiredService<IHostEnvironment>().IsDevelopment());
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ReadAsync<ProblemDetails>();
        Assert.Equal(500, problem.Status);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("FailingGraphStore", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }
}
