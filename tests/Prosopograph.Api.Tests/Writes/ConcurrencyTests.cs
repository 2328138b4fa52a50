using System.Net;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Prosopograph.Api.Tests.Writes;

/// <summary>
/// Writers and readers at once. Writers increment a counter document by read-modify-write with If-Match, while
/// another creates and deletes documents that bring their own entity; readers check each answer is whole.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConcurrencyTests(ApiFactory api, ITestOutputHelper output) : IDisposable
{
    private const int Writers = 4;
    private const int IncrementsEach = 8;
    private const string Counter = "counter";

    private readonly WritableCorpus _corpus = new(api);

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task ConcurrentWritersLoseNoUpdateAndReadersNeverSeeHalfAWrite()
    {
        var setup = _corpus.Writer();
        var created = await setup.PostAsync("/api/documents", WritableCorpus.Form(TestAnnotations.Counted(Counter, 0), TestAnnotations.CountedText(0)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var done = new CancellationTokenSource();
        var conflicts = 0;
        var reads = 0;
        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            var client = _corpus.Writer();
            for (var i = 0; i < IncrementsEach; i++)
            {
                while (!await TryIncrementAsync(client))
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        })).ToList();
        var churn = Task.Run(async () =>
        {
            var client = _corpus.Writer();
            for (var i = 0; !done.IsCancellationRequested; i++)
            {
                var id = $"churn-{i}";
                var post = await client.PostAsync("/api/documents", WritableCorpus.Form(TestAnnotations.Counted(id, i, newPerson: $"person-{i}"), TestAnnotations.CountedText(i)));
                Assert.Equal(HttpStatusCode.Created, post.StatusCode);
                Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/documents/{id}")).StatusCode);
            }
        });
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var client = _corpus.Anonymous();
            while (!done.IsCancellationRequested)
            {
                await AssertCounterIsWholeAsync(client);
                await AssertExportIsWholeAsync(client);
                Interlocked.Increment(ref reads);
            }
        })).ToList();

        await Task.WhenAll(writers);
        done.Cancel();
        await Task.WhenAll([churn, .. readers]);

        var final = JsonNode.Parse(await setup.GetStringAsync($"/api/documents/{Counter}"))!;
        output.WriteLine($"{Writers * IncrementsEach} increments by {Writers} writers, {conflicts} stale-ETag retries (412), {reads} whole reads");
        Assert.Equal((Writers * IncrementsEach).ToString(System.Globalization.CultureInfo.InvariantCulture), final["title"]!.GetValue<string>());
    }

    private static async Task<bool> TryIncrementAsync(HttpClient client)
    {
        var current = await client.GetAsync($"/api/documents/{Counter}");
        var count = int.Parse(JsonNode.Parse(await current.Content.ReadAsStringAsync())!["title"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/documents/{Counter}")
        {
            Content = WritableCorpus.Form(TestAnnotations.Counted(Counter, count + 1), TestAnnotations.CountedText(count + 1)),
        };
        put.Headers.IfMatch.Add(current.Headers.ETag!);
        var response = await client.SendAsync(put);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.PreconditionFailed, $"PUT gave {(int)response.StatusCode}");
        return response.StatusCode == HttpStatusCode.OK;
    }

    // The title and the text are written together: a document whose text has another count is half of two writes.
    private static async Task AssertCounterIsWholeAsync(HttpClient client)
    {
        var document = JsonNode.Parse(await client.GetStringAsync($"/api/documents/{Counter}"))!;
        var title = document["title"]!.GetValue<string>();
        Assert.Equal(TestAnnotations.CountedText(int.Parse(title, System.Globalization.CultureInfo.InvariantCulture)), document["text"]!.GetValue<string>());
    }

    // Every link's ends are among the nodes: an export stitched from two snapshots would have a link to a deleted person.
    private static async Task AssertExportIsWholeAsync(HttpClient client)
    {
        var graph = JsonNode.Parse(await client.GetStringAsync("/api/export"))!;
        var nodes = graph["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        foreach (var link in graph["links"]!.AsArray())
        {
            Assert.Contains(link!["source"]!.GetValue<string>(), nodes);
            Assert.Contains(link["target"]!.GetValue<string>(), nodes);
        }
    }
}
