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
    // The default in-process toolchain gives up on a benchmark after five minutes; a load at 1M relations before
    // the loader's rework takes far longer, and its figure is the one to see.
    internal static InProcessEmitToolchain InProcess { get; } = new(TimeSpan.FromHours(4), logOutput: true);

    public BenchConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcess)
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
        .WithToolchain(BenchConfig.InProcess)
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(0)
        .WithIterationCount(3)
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        .WithId("long");
}
