using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Writing;
using Xunit.Abstractions;

namespace Prosopograph.Api.Tests.Writes;

/// <summary>
/// The API as a child process, fed a stream of writes and killed with SIGKILL at random moments, again and again.
/// After every kill the folder must load as at start-up, hold every write that was acknowledged (and nothing torn),
/// and the restarted API must clear the debris of the interrupted write.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    // Bounded in count and time: 20 kills, or as many as fit in the budget when start-ups are slow. A round takes
    // 2-4 s on an idle machine but over 11 s with other test assemblies and a browser on both cores, hence 180 s.
    private const int Kills = 20;
    private const int MinimumKills = 8;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(180);

    private readonly string _folder = CopyOfSeed();
    private readonly string _key = WriteKeys.NewKey();

    // Per document: the highest count acknowledged, and the highest count ever sent (a write may land unacknowledged).
    private readonly Dictionary<string, int> _acknowledged = [];
    private readonly Dictionary<string, int> _sent = [];

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    [Fact]
    public async Task EveryAcknowledgedWriteSurvivesSigkillAtRandomMoments()
    {
        var random = new Random(Environment.TickCount);
        var watch = Stopwatch.StartNew();
        var kills = 0;
        var writes = 0;
        var writingRounds = 0;
        while (kills < Kills && watch.Elapsed < Budget)
        {
            using var api = ApiProcess.Start(_folder, WriteKeys.Digest(_key));
            if (random.Next(5) == 0)
            {
                // Sometimes mid start-up, while the writer clears the last crash's debris.
                await Task.Delay(random.Next(0, 600));
            }
            else
            {
                await api.WaitUntilReadyAsync();
                AssertNoDebris();
                writingRounds++;
                writes += await WriteUntilKilledAsync(api.Client(_key), random);
            }

            api.Kill();
            kills++;
            AssertEveryAcknowledgedWriteLoads();
        }

        output.WriteLine($"{kills} SIGKILLs, {writingRounds} writing rounds, {writes} writes acknowledged, {_acknowledged.Count} documents, {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(kills >= MinimumKills, $"only {kills} kills fitted in {Budget}");
        // A round killed mid start-up writes nothing, and under load the kill may come before a second write; but the
        // first write of every writing round is awaited before the kill is armed, so each must have one acknowledged.
        Assert.True(writingRounds >= MinimumKills / 2, $"only {writingRounds} of {kills} rounds wrote before the kill");
        Assert.True(writes >= writingRounds, $"only {writes} writes were acknowledged in {writingRounds} writing rounds");
    }

    // The first write of a round is awaited (a cold process is slow to answer it); the kill then comes at a random
    // moment of the stream that follows, usually in the middle of a write.
    private async Task<int> WriteUntilKilledAsync(HttpClient client, Random random)
    {
        var acknowledged = 0;
        using var stop = new CancellationTokenSource();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                if (acknowledged == 1)
                {
                    stop.CancelAfter(TimeSpan.FromMilliseconds(random.Next(0, 1000)));
                }

                // Replace an existing document half the time, create a new one otherwise.
                var id = _acknowledged.Count > 0 && random.Next(2) == 0 ? _acknowledged.Keys.ElementAt(random.Next(_acknowledged.Count)) : $"crash-{_sent.Count}";
                var count = _sent.GetValueOrDefault(id) + 1;
                _sent[id] = count;
                var request = new HttpRequestMessage(_acknowledged.ContainsKey(id) ? HttpMethod.Put : HttpMethod.Post, _acknowledged.ContainsKey(id) ? $"/api/documents/{id}" : "/api/documents")
                {
                    Content = WritableCorpus.Form(TestAnnotations.Counted(id, count), TestAnnotations.CountedText(count)),
                };
                if (request.Method == HttpMethod.Put)
                {
                    request.Headers.TryAddWithoutValidation("If-Match", "*");
                }

                var response = await client.SendAsync(request, stop.Token);
                Assert.True(response.IsSuccessStatusCode, $"{request.Method} {id} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(stop.Token)}");
                _acknowledged[id] = count;
                acknowledged++;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException)
        {
            // The kill's moment: the write in flight is unacknowledged, whether or not it landed.
        }

        return acknowledged;
    }

    private void AssertEveryAcknowledgedWriteLoads()
    {
        var loaded = CorpusLoader.Load(_folder);
        Assert.True(loaded.Succeeded, "after a kill the corpus does not load:\n" + string.Join("\n", loaded.Errors));
        var corpus = loaded.Corpus!;
        foreach (var (id, count) in _acknowledged)
        {
            Assert.True(corpus.DocumentsById.TryGetValue(id, out var document), $"acknowledged document {id} is lost");
            var stored = int.Parse(document.Title, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(stored, count, _sent[id]);
            Assert.Equal(TestAnnotations.CountedText(stored), document.Text);
        }

        Assert.All(corpus.Documents, d => Assert.True(d.Id == "000_eeff958d94dd4f42" || _sent.ContainsKey(d.Id), $"unexpected document {d.Id}"));
    }

    private void AssertNoDebris()
    {
        var documents = Path.Combine(_folder, CorpusLoader.DocumentsFolder);
        Assert.DoesNotContain(Directory.GetFiles(documents), f => Path.GetFileName(f).StartsWith(".tmp-", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_folder, ".candidates")), "a staging copy survived the restart");
    }

    private static string CopyOfSeed()
    {
        var folder = Path.Combine(Path.GetTempPath(), "prosopograph-crash-" + Guid.NewGuid().ToString("N"), "seed");
        Directory.CreateDirectory(Path.Combine(folder, CorpusLoader.DocumentsFolder));
        foreach (var file in Directory.GetFiles(ApiFactory.SeedPath, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(folder, Path.GetRelativePath(ApiFactory.SeedPath, file)));
        }

        return folder;
    }
}
