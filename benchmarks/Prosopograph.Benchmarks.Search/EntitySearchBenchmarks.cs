using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Prosopograph.Benchmarks.Search;

/// <summary>
/// One name search, brute force (every entity ranked, as before the index) against the index, per sort of query.
/// Each invocation runs a fixed batch of the sort's queries; figures are per query.
/// </summary>
[Config(typeof(InProcessShortRun))]
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
        _workload = SearchWorkload.Shared(Entities);
        _queries = _workload.Queries[Sort].Take(Batch).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int BruteForce() => _queries.Sum(q => _workload.BruteForce(q).Count);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Indexed() => _queries.Sum(q => _workload.Indexed(q).Count);
}

/// <summary>In process, so a workload is built once for all the cases that share it, and short: brute force at 100k entities is slow.</summary>
internal sealed class InProcessShortRun : ManualConfig
{
    public InProcessShortRun()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}
