using BenchmarkDotNet.Attributes;
using Prosopograph.Corpus.Model;
using Prosopograph.Corpus.Text;

namespace Prosopograph.Benchmarks;

/// <summary>
/// The part of a load that grows with documents times entities: finding every entity's names in one document.
/// The baseline finds one name in the same document, so the ratio is the price of asking for all of them.
/// </summary>
[Config(typeof(LongRunConfig))]
public class MentionBenchmarks
{
    private Document _document = null!;
    private IReadOnlyList<Entity> _entities = [];

    [GlobalSetup]
    public void Setup()
    {
        var model = BenchCorpus.Current.Model;
        (_document, _entities) = (model.Documents[0], model.Entities);
    }

    [Benchmark(Baseline = true, Description = "one name in one document")]
    public int OneName() => Occurrences.OfWord(_document.Text, _entities[0].Name).Count();

    [Benchmark(Description = "every entity's names in one document")]
    public int EveryName() => MentionFinder.Find(_document, _entities).Count;
}
