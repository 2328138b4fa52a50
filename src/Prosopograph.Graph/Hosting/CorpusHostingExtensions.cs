using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Hosting;

public static class CorpusHostingExtensions
{
    /// <summary>
    /// Registers the validated corpus. It is loaded once, at start-up: a corpus with any error stops the app with
    /// every problem listed by file and line, rather than serving a graph with holes in it.
    /// </summary>
    public static IHostApplicationBuilder AddCorpus(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorpusOptions>()
            .BindConfiguration(CorpusOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services => new CorpusSnapshots(LoadCorpus(services)));

        // Resolved per request, so a handler sees the snapshot current when it started; the vocabulary is not
        // written through the API, so it stays the one loaded at start-up.
        builder.Services.AddTransient(services => services.GetRequiredService<CorpusSnapshots>().Current);
        builder.Services.AddSingleton(services => services.GetRequiredService<CorpusSnapshots>().Current.Vocabulary);
        builder.Services.AddHostedService<CorpusStartupCheck>();
        return builder;
    }

    private static CorpusModel LoadCorpus(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<CorpusOptions>>().Value;
        var path = options.Path;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CorpusHostingExtensions));
        var started = Stopwatch.GetTimestamp();
        var result = options.Cache ? WarmStart(path, options.CacheDirectory, logger) : CorpusLoader.Load(path);
        if (result.Corpus is not { } corpus)
        {
            foreach (var error in result.Errors)
            {
                logger.LogError("Corpus error {Error}", error.ToString());
            }

            throw new CorpusValidationException(result.Errors);
        }

        logger.LogInformation(
            "Loaded corpus {Version} from {Path} in {Seconds:F1} s: {Documents} documents, {Entities} entities, {Relations} relations, {Mentions} mentions",
            corpus.Version, path, Stopwatch.GetElapsedTime(started).TotalSeconds, corpus.Documents.Count, corpus.Entities.Count, corpus.Relations.Count, corpus.Mentions.Count);
        return corpus;
    }

    private static CorpusLoadResult WarmStart(string path, string cacheDirectory, ILogger logger)
    {
        var warm = Corpus.Snapshots.WarmStart.Load(path, cacheDirectory);
        foreach (var note in warm.Notes)
        {
            logger.Log(note.IsProblem ? LogLevel.Warning : LogLevel.Information, "Corpus snapshot: {Note}", note.Message);
        }

        return warm.Result;
    }

    // Resolving the corpus before the server listens turns a broken annotation file into a failed start.
    private sealed class CorpusStartupCheck(CorpusSnapshots snapshots) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => snapshots.Current.Documents.Count > 0
            ? Task.CompletedTask
            : throw new InvalidOperationException("The corpus holds no documents.");

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
