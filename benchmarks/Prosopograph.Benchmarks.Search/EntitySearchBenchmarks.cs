using BenchmarkDotNet.Attributes;

namespace Prosopograph.Benchmarks.Search;

/// <summary>
/// One name search, brute force (every entity ranked, as before the index) against the index, per sort of query.
/// Each invocation runs a fixed batch of the sort's queries; figures are per query.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class EntitySearchBenchmarks
{
    private const int Batch = 20;

    private SearchWorkload _workload = null!;
    private string[] _queries = [];

    [Params(10_000, 100_000)]
    public int Entities { get; set; }

    [Params("exact", "prefix", "typo")]
    public string Sort { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _workload = SearchWorkload.Create(Entities);
        _queries = _workload.Queries[Sort].Take(Batch).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int BruteForce() => _queries.Sum(q => _workload.BruteForce(q).Count);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Indexed() => _queries.Sum(q => _workload.Indexed(q).Count);
}
