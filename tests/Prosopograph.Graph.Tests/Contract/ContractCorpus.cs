using Prosopograph.Corpus.Loading;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Tests.Contract;

/// <summary>The small corpus every store is held to: built to exercise each query's semantics, not to be history.</summary>
public static class ContractCorpus
{
    private static readonly Lazy<CorpusModel> Loaded = new(() =>
    {
        var result = CorpusLoader.Load(Path.Combine(AppContext.BaseDirectory, "Contract", "Fixture"));
        return result.Corpus ?? throw new CorpusValidationException(result.Errors);
    });

    public static CorpusModel Model => Loaded.Value;
}
