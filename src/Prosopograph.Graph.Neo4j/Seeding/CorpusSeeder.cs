using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Hosting;
using Prosopograph.Graph.Neo4j.Configuration;
using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.QueryApi;

namespace Prosopograph.Graph.Neo4j.Seeding;

public sealed record SeedReport(
    string Version, int Documents, int Entities, int Mentions, int Relations, int Removed, int Requests, TimeSpan Elapsed);

/// <summary>
/// Syncs the corpus into Neo4j: schema first (each statement alone), then UNWIND batches of MERGE, then removal of
/// what an older corpus wrote and this one no longer has. Every write is idempotent, so running it again (on
/// start-up, on demand, after a half-finished run) converges on the same graph.
/// </summary>
public sealed class CorpusSeeder(
    INeo4jQueryRunner runner,
    CorpusSnapshots snapshots,
    IOptionsMonitor<Neo4jOptions> options,
    ILogger<CorpusSeeder> logger)
{
    public async Task<SeedReport> SeedAsync(CancellationToken cancellationToken = default)
    {
        // One snapshot for the whole run: a write landing meanwhile is synced by the next run, not mixed into this one.
        var corpus = snapshots.Current;
        var started = Stopwatch.GetTimestamp();
        var requests = 0;
        foreach (var statement in SeedStatements.Schema)
        {
            await runner.RunAsync(statement, null, cancellationToken);
            requests++;
        }

        requests += await MergeAsync(corpus.Version, SeedStatements.MergeDocuments, CorpusRows.Documents(corpus), SeedBatches.Chars, cancellationToken);
        requests += await MergeAsync(corpus.Version, SeedStatements.MergeEntities, CorpusRows.Entities(corpus), SeedBatches.Chars, cancellationToken);
        requests += await MergeAsync(corpus.Version, SeedStatements.MergeMentions, CorpusRows.Mentions(corpus), SeedBatches.Chars, cancellationToken);
        requests += await MergeAsync(corpus.Version, SeedStatements.MergeRelations, CorpusRows.Relations(corpus), SeedBatches.Chars, cancellationToken);

        var removed = 0;
        foreach (var statement in SeedStatements.RemoveStale)
        {
            var result = await runner.RunAsync(statement, new Dictionary<string, object?> { ["version"] = corpus.Version }, cancellationToken);
            removed += (result.Counters?.NodesDeleted ?? 0) + (result.Counters?.RelationshipsDeleted ?? 0);
            requests++;
        }

        var report = new SeedReport(corpus.Version, corpus.Documents.Count, corpus.Entities.Count, corpus.Mentions.Count,
            corpus.Relations.Count, removed, requests, Stopwatch.GetElapsedTime(started));
        logger.LogInformation(
            "Seeded corpus {Version} into Neo4j: {Documents} documents, {Entities} entities, {Mentions} mentions, {Relations} relations, {Removed} stale items removed, {Requests} requests in {ElapsedMs:F0} ms",
            report.Version, report.Documents, report.Entities, report.Mentions, report.Relations, report.Removed, report.Requests,
            report.Elapsed.TotalMilliseconds);
        return report;
    }

    // Rows are made while they are batched and sent, one batch in memory at a time.
    private async Task<int> MergeAsync<T>(
        string version, CypherStatement statement, IEnumerable<T> rows, Func<T, int> chars, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var requests = 0;
        foreach (var batch in SeedBatches.Of(rows, settings.SeedBatchSize, settings.SeedBatchMaxChars, chars))
        {
            await runner.RunAsync(statement, new Dictionary<string, object?> { ["rows"] = batch, ["version"] = version }, cancellationToken);
            requests++;
        }

        return requests;
    }
}
