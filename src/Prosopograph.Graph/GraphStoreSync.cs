namespace Prosopograph.Graph;

/// <summary>Whether the graph store answers from the corpus being served or from an older version of it.</summary>
public sealed record GraphStoreSync(string Store, string? SyncedVersion, bool InStep, string Description);

/// <summary>Implemented by each store: the embedded one is in step once loaded; Neo4j after its sync of the latest write.</summary>
public interface IGraphStoreSyncState
{
    GraphStoreSync Current { get; }
}
