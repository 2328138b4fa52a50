using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prosopograph.Graph.Neo4j.Configuration;

namespace Prosopograph.Graph.Neo4j.QueryApi;

/// <summary>
/// <see cref="INeo4jQueryRunner"/> over Neo4j's HTTP Query API (<c>POST {base}/db/{database}/query/v2</c>, server 5.26+).
/// Singleton: it asks <see cref="IHttpClientFactory"/> for a client per call, so handlers (and DNS) are recycled.
/// </summary>
internal sealed class QueryApiClient(
    IHttpClientFactory httpClientFactory,
    IOptionsMonitor<Neo4jOptions> options,
    ILogger<QueryApiClient> logger) : INeo4jQueryRunner
{
    public const string HttpClientName = "Neo4j.QueryApi";

    /// <summary>Tells the retry handler whether this request may be sent again.</summary>
    public static readonly HttpRequestOptionsKey<bool> IdempotentOption = new("Neo4j.Idempotent");

    // The bookmarks of the latest write (the seeding): reads carry them, so that on a cluster or Aura a secondary
    // that has not caught up with the seeding waits for it instead of answering from an older graph.
    private IReadOnlyList<string>? _writeBookmarks;

    internal IReadOnlyList<string>? WriteBookmarks => Volatile.Read(ref _writeBookmarks);

    public async Task<QueryResult> RunAsync(
        CypherStatement statement,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        var settings = options.CurrentValue;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.QueryTimeout);
        using var request = CreateRequest(statement, parameters ?? new Dictionary<string, object?>(), settings, WriteBookmarks);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            logger.LogDebug("Neo4j ran {Statement} in {ElapsedMs:F1} ms (HTTP {Status})",
                statement.Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, (int)response.StatusCode);
            var result = Parse(statement, response, body, QueryUri(settings), out var bookmarks);
            if (statement.AccessMode == AccessMode.Write && bookmarks is { Count: > 0 })
            {
                Volatile.Write(ref _writeBookmarks, bookmarks);
            }

            return result;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jUnavailableException(ClientCodes.Timeout,
                $"Neo4j did not answer '{statement.Name}' within {settings.QueryTimeout.TotalSeconds:0.###} s.", null, e);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jUnavailableException(ClientCodes.Unreachable,
                $"Neo4j at {settings.Uri} is unreachable: {e.Message}", null, e);
        }
    }

    private static HttpRequestMessage CreateRequest(
        CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, Neo4jOptions settings, IReadOnlyList<string>? writeBookmarks)
    {
        var read = statement.AccessMode == AccessMode.Read;
        var body = new QueryRequest(
            statement.Text,
            parameters,
            read ? "Read" : null,
            read ? null : true,
            read ? writeBookmarks : null);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, QueryApiJson.Options));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, QueryUri(settings)) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.User}:{settings.Password}")));
        request.Options.Set(IdempotentOption, statement.Idempotent);
        return request;
    }

    internal static Uri QueryUri(Neo4jOptions settings)
    {
        var baseUri = settings.Uri!.AbsoluteUri.EndsWith('/') ? settings.Uri : new Uri(settings.Uri.AbsoluteUri + "/");
        return new Uri(baseUri, $"db/{Uri.EscapeDataString(settings.Database)}/query/v2");
    }

    private static QueryResult Parse(CypherStatement statement, HttpResponseMessage response, byte[] body, Uri queryUri, out IReadOnlyList<string>? bookmarks)
    {
        bookmarks = null;
        QueryResponse? answer = null;
        try
        {
            answer = body.Length == 0 ? null : JsonSerializer.Deserialize<QueryResponse>(body, QueryApiJson.Options);
        }
        catch (JsonException) when ((int)response.StatusCode >= 300)
        {
            // An error page instead of JSON (a proxy, a gateway): classified by its status below.
        }
        catch (JsonException e)
        {
            throw new Neo4jQueryException(ClientCodes.UnexpectedResponse, $"Neo4j answered '{statement.Name}' with malformed JSON: {e.Message}");
        }

        var error = answer?.Errors?.FirstOrDefault();
        if ((int)response.StatusCode >= 300 || error is not null)
        {
            throw QueryApiFailures.ToException(response.StatusCode, error, response.Headers.RetryAfter?.Delta, statement.Name, queryUri);
        }

        if (answer?.Data is null)
        {
            throw new Neo4jQueryException(ClientCodes.UnexpectedResponse, $"Neo4j answered '{statement.Name}' without data.");
        }

        bookmarks = answer.Bookmarks;
        return new QueryResult(answer.Data.Fields, answer.Data.Values, answer.Counters);
    }
}
