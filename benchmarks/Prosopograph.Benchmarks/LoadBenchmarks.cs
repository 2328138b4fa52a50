using BenchmarkDotNet.Attributes;
using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Embedded;

namespace Prosopograph.Benchmarks;

/// <summary>
/// A cold start's parts: validating and building the model from the files, then the embedded store's indexes.
/// The baseline reads every file's bytes, the floor no loader can go under.
/// </summary>
[Config(typeof(LongRunConfig))]
public class LoadBenchmarks
{
    private string _folder = "";
    private CorpusModel? _model;

    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchCorpus.Folder;
        _model = BenchCorpus.Current.Model;
    }

    [Benchmark(Baseline = true, Description = "read every file")]
    public long ReadFiles() =>
        Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Sum(file => File.ReadAllBytes(file).LongLength);

    [Benchmark(Description = "validate and build the model")]
    public int ValidateAndBuild() =>
        CorpusLoader.Load(_folder).Corpus?.Relations.Count ?? throw new InvalidOperationException($"{_folder} is not a valid corpus");

    [Benchmark(Description = "build the embedded store")]
    public bool BuildEmbeddedStore()
    {
        var store = new EmbeddedGraphStore();
        store.Load(_model!);
        return store.IsLoaded;
    }
}
