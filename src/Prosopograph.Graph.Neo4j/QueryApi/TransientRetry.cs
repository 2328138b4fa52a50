using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Prosopograph.Graph.Neo4j.Configuration;

namespace Prosopograph.Graph.Neo4j.QueryApi;

/// <summary>
/// Retries what Neo4j itself calls transient (<c>Neo.TransientError.*</c>: deadlocks, leader switches, memory
/// pressure), 503 and refused connections, with exponential backoff and jitter, and only for statements marked
/// idempotent: a write that may have committed before the connection broke must not run twice.
/// </summary>
internal static class TransientRetry
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, Neo4jOptions options)
    {
        if (options.MaxRetryAttempts == 0)
        {
            return;
        }

        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context),
        });
    }

    internal static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var request = context.GetRequestMessage();
        if (request is null || !request.Options.TryGetValue(QueryApiClient.IdempotentOption, out var idempotent) || !idempotent)
        {
            return false;
        }

        if (outcome.Exception is not null)
        {
            // Refused or reset connections; a cancellation (caller or per-call timeout) is never retried.
            return outcome.Exception is HttpRequestException;
        }

        var response = outcome.Result!;
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            return true;
        }

        // Neo4j answers transient errors (DatabaseUnavailable, DeadlockDetected, ...) with 400, like statement
        // errors, so only the code in the body tells them apart. Buffering keeps the body readable for the client afterwards.
        await response.Content.LoadIntoBufferAsync(context.CancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(context.CancellationToken);
        return QueryApiFailures.IsTransient(response.StatusCode, QueryApiFailures.FirstErrorCode(body));
    }
}
