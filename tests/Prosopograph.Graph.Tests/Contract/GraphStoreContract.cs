using System.Collections.Concurrent;
using Prosopograph.Corpus.Model;

namespace Prosopograph.Graph.Tests.Contract;

/// <summary>
/// What every graph store must answer, checked against <see cref="ContractCorpus"/>. A store's test class derives
/// from the partial classes of this suite and says how to build the store; a store that needs a server it cannot
/// reach skips (Skip.If in <see cref="CreateStoreAsync"/>) rather than passing.
/// </summary>
public abstract partial class GraphStoreContract
{
    private static readonly ConcurrentDictionary<Type, Task<IGraphStore>> Stores = new();

    protected static CorpusModel Corpus => ContractCorpus.Model;

    /// <summary>Builds the store holding <paramref name="corpus"/>; called once per test class.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync(CorpusModel corpus);

    protected Task<IGraphStore> StoreAsync() => Stores.GetOrAdd(GetType(), _ => CreateStoreAsync(Corpus));
}
