using Prosopograph.Graph.Hosting;

namespace Prosopograph.Graph.Neo4j.Seeding;

public enum SeedingState { Pending, Waiting, Seeded, Failed, Disabled }

/// <summary>
/// Where syncing the corpus into Neo4j stands, in words a readiness probe and the status endpoint can show: written
/// by the seeding service, read by the health check. In step when the version last synced is the one being served.
/// </summary>
public sealed class SeedingStatus(CorpusSnapshots snapshots) : IGraphStoreSyncState
{
    private volatile Snapshot current = new(SeedingState.Pending, "Seeding the corpus into Neo4j has not started yet.");

    public Snapshot Current => current;

    /// <summary>The corpus version Neo4j holds completely; null until the first sync succeeds.</summary>
    public string? SyncedVersion { get; private set; }

    public bool InStep => current.State == SeedingState.Disabled || SyncedVersion == snapshots.Current.Version;

    GraphStoreSync IGraphStoreSyncState.Current => new("neo4j", SyncedVersion, InStep, InStep
        ? current.Description
        : $"Neo4j holds corpus {SyncedVersion ?? "(none yet)"}, the files hold {snapshots.Current.Version}; syncing. {current.Description}");

    public void Set(SeedingState state, string description) => current = new Snapshot(state, description);

    public void Synced(string version, string description)
    {
        SyncedVersion = version;
        Set(SeedingState.Seeded, description);
    }

    public sealed record Snapshot(SeedingState State, string Description);
}
