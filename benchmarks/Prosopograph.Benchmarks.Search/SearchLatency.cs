using System.Diagnostics;
using Prosopograph.Graph.Embedded.Search;

namespace Prosopograph.Benchmarks.Search;

/// <summary>
/// Per-query latency (p50, p99) of brute force and indexed search over every sort of query, with the index's build
/// time and memory: BenchmarkDotNet reports means of batches, this the tail of single queries. Both run in one process
/// on the same queries, and every indexed answer is checked against brute force as it goes.
/// </summary>
internal static class SearchLatency
{
    // Brute force at 100k entities costs tens of milliseconds a query: fewer of them still give a steady median.
    private const int BruteForceQueries = 40;

    public static void Run(string[] args)
    {
        foreach (var entities in args.Length > 0 ? args.Select(int.Parse) : [100_000])
        {
            var workload = SearchWorkload.Create(entities);
            Console.WriteLine($"## {workload.Source}: {workload.Graph.Corpus.Entities.Count} entities, {workload.Graph.SearchNames.Values.Sum(n => n.Length)} distinct folded names");
            MeasureIndex(workload);
            Console.WriteLine("| query sort | brute force p50 | brute force p99 | indexed p50 | indexed p99 | p50 speed-up | mean matches | mean candidates | slowest indexed query (matches) |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var (sort, queries) in workload.Queries)
            {
                foreach (var query in queries.Take(5))
                {
                    workload.Indexed(query);
                }

                var brute = Time(queries.Take(BruteForceQueries), q => workload.BruteForce(q).Count);
                var indexed = Time(queries, q => workload.Indexed(q).Count);
                foreach (var query in queries.Take(BruteForceQueries))
                {
                    if (!workload.BruteForce(query).SequenceEqual(workload.Indexed(query)))
                    {
                        throw new InvalidOperationException($"Indexed search differs from brute force for '{query}'.");
                    }
                }

                Console.WriteLine($"| {sort} | {Ms(brute.P50)} | {Ms(brute.P99)} | {Ms(indexed.P50)} | {Ms(indexed.P99)} | {brute.P50 / indexed.P50:F0}× | {indexed.MeanCount:F0} | {queries.Average(workload.Graph.SearchIndex.CandidateCount):F0} | `{indexed.Slowest}` ({workload.Indexed(indexed.Slowest).Count}) |");
            }
        }
    }

    private static void MeasureIndex(SearchWorkload workload)
    {
        var entities = workload.Graph.Corpus.Entities;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var index = new EntitySearchIndex(entities, workload.Graph.SearchNames);
        clock.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"index: built in {clock.Elapsed.TotalSeconds:F2} s, {(after - before) / 1048576.0:F1} MiB; {index.Describe()}");
        GC.KeepAlive(index);
    }

    private static (double P50, double P99, double MeanCount, string Slowest) Time(IEnumerable<string> queries, Func<string, int> search)
    {
        var times = new List<(double Milliseconds, string Query)>();
        var counts = new List<int>();
        foreach (var query in queries)
        {
            var clock = Stopwatch.StartNew();
            counts.Add(search(query));
            times.Add((clock.Elapsed.TotalMilliseconds, query));
        }

        var sorted = times.Select(t => t.Milliseconds).Order().ToList();
        return (Percentile(sorted, 0.50), Percentile(sorted, 0.99), counts.Average(), times.MaxBy(t => t.Milliseconds).Query);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];

    private static string Ms(double milliseconds) => $"{milliseconds:F2} ms";
}
