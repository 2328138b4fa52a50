using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Prosopograph.Benchmarks;

/// <summary>
/// In process (no generated project to build per benchmark on a shared 2-core machine, and the corpus loaded
/// once), with allocations and the median and p95 beside the mean, and every benchmark's ratio to its class's baseline.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithId("in-process"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        // benchmarks/summarise.py reads the statistics in nanoseconds from here.
        AddExporter(JsonExporter.Brief);
    }
}

/// <summary>For operations of seconds or more (a whole load): each iteration runs once, a few times, no warm-up.</summary>
public sealed class LongRunConfig : ManualConfig
{
    public LongRunConfig()
    {
        AddJob(Long);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddExporter(JsonExporter.Brief);
    }

    private static Job Long { get; } = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(0)
        .WithIterationCount(3)
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        .WithId("long");
}
