using BenchmarkDotNet.Running;
using Prosopograph.Benchmarks.Search;

if (args is ["--latency", .. var rest])
{
    SearchLatency.Run(rest);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(SearchWorkload).Assembly).Run(args);
}
