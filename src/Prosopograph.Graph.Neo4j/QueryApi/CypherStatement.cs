namespace Prosopograph.Graph.Neo4j.QueryApi;

public enum AccessMode { Read, Write }

/// <summary>
/// A statement the project ships: its text (from an embedded .cypher file), whether it only reads (so a cluster
/// can route it to a follower), and whether running it twice is harmless, the only statements that are retried.
/// </summary>
public sealed record CypherStatement(string Name, string Text, AccessMode AccessMode, bool Idempotent)
{
    public override string ToString() => Name;
}
