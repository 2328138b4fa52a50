namespace Prosopograph.Graph.Neo4j.Seeding;

public enum SeedingState { Pending, Waiting, Seeded, Failed, Disabled }

/// <summary>Where seeding stands, in words a readiness probe can show: written by the seeding service, read by the health check.</summary>
public sealed class SeedingStatus
{
    private volatile Snapshot current = new(SeedingState.Pending, "Seeding the corpus into Neo4j has not started yet.");

    public Snapshot Current => current;

    public void Set(SeedingState state, string description) => current = new Snapshot(state, description);

    public sealed record Snapshot(SeedingState State, string Description);
}
