using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Prosopograph.Benchmarks -- --filter '*'  (see docs/performance.md)
BenchmarkSwitcher.FromAssembly(typeof(Prosopograph.Benchmarks.BenchCorpus).Assembly).Run(args);
