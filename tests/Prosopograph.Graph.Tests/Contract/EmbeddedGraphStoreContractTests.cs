using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Embedded;

namespace Prosopograph.Graph.Tests.Contract;

public sealed class EmbeddedGraphStoreContractTests : GraphStoreContract
{
    protected override Task<IGraphStore> CreateStoreAsync(CorpusModel corpus)
    {
        var store = new EmbeddedGraphStore();
        store.Load(corpus);
        return Task.FromResult<IGraphStore>(store);
    }
}
