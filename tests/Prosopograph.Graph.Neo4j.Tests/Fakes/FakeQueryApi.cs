using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Prosopograph.Graph.Neo4j.Tests.Fakes;

/// <summary>
/// Neo4j's Query API as far as our client sees it: POST /db/{database}/query/v2 on a real loopback port. Every request
/// is recorded; <see cref="Respond"/> decides each answer (by default an empty result).
/// </summary>
public sealed class FakeQueryApi : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeQueryApi(WebApplication app) => this.app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>False keeps no request once answered, for runs too large to hold them all (a million-relation seeding).</summary>
    public bool KeepRequests { get; set; } = true;

    public Func<RecordedRequest, Task<FakeResponse>> Respond { get; set; } = _ => Task.FromResult(FakeResponse.Rows([], []));

    public Uri BaseUri => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<FakeQueryApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeQueryApi(builder.Build());
        fake.app.MapPost("/db/{database}/query/v2", fake.HandleAsync);
        await fake.app.StartAsync();
        return fake;
    }

    /// <summary>Answers every request with the same response.</summary>
    public void Always(FakeResponse response) => Respond = _ => Task.FromResult(response);

    /// <summary>Answers requests in turn with the given responses, then with the last one.</summary>
    public void InTurn(params FakeResponse[] responses)
    {
        var next = 0;
        Respond = _ => Task.FromResult(responses[Math.Min(Interlocked.Increment(ref next) - 1, responses.Length - 1)]);
    }

    private async Task HandleAsync(HttpContext context, string database)
    {
        var text = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var request = new RecordedRequest(context.Request.Path, database, context.Request.Headers.Authorization.ToString(), JsonNode.Parse(text)!.AsObject())
        {
            Length = text.Length,
        };
        if (KeepRequests)
        {
            Requests.Enqueue(request);
        }

        var response = await Respond(request);
        context.Response.StatusCode = response.Status;
        if (response.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
