using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Prosopograph.Api.Tests.Writes;

[Collection(ApiCollection.Name)]
public sealed class WriteKeyTests(ApiFactory api) : IDisposable
{
    private readonly WritableCorpus _corpus = new(api);

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task AFreshInstallAcceptsNoWritesAndSaysWhy()
    {
        var response = await api.CreateClient().PostAsync("/api/documents", WritableCorpus.SecondDocumentForm());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("ApiKey", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no write key is configured", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null, "needs an API key")]
    [InlineData("not-the-key", "not valid")]
    public async Task AWriteWithoutTheKeyIs401AndChangesNothing(string? key, string detail)
    {
        var client = _corpus.Anonymous();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        var response = await client.PostAsync("/api/documents", WritableCorpus.SecondDocumentForm());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync());
        Assert.False(File.Exists(Path.Combine(_corpus.Documents, "001_sedova.yaml")));
    }

    [Fact]
    public async Task TheKeyWorksInEitherHeader()
    {
        var client = _corpus.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", _corpus.Key);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/documents/validate", WritableCorpus.SecondDocumentForm())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _corpus.Writer().PostAsync("/api/documents/validate", WritableCorpus.SecondDocumentForm())).StatusCode);
    }

    [Fact]
    public async Task ReadsArePublicUnlessKeyedReadsIsSet()
    {
        Assert.Equal(HttpStatusCode.OK, (await _corpus.Anonymous().GetAsync("/api/entities/trotsky")).StatusCode);

        using var keyed = new WritableCorpus(api, new Dictionary<string, string?> { ["Api:KeyedReads"] = "true" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyed.Anonymous().GetAsync("/api/entities/trotsky")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keyed.Writer().GetAsync("/api/entities/trotsky")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keyed.Anonymous().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task TheKeyNeverAppearsInTheLog()
    {
        var log = new ConcurrentQueue<string>();
        using var logged = new WritableCorpus(api, configure: web =>
            web.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingLoggerProvider(log))));
        var client = logged.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", logged.Key);

        await client.PostAsync("/api/documents", WritableCorpus.SecondDocumentForm());
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Add("X-Api-Key", logged.Key + "x");
        await client.PostAsync("/api/documents/validate", WritableCorpus.SecondDocumentForm());

        Assert.NotEmpty(log);
        Assert.DoesNotContain(log, line => line.Contains(logged.Key, StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> log) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capturing(log);

        public void Dispose()
        {
        }

        private sealed class Capturing(ConcurrentQueue<string> log) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log.Enqueue(formatter(state, exception) + exception);
        }
    }
}
