using System.Reflection;
using Prosopograph.Graph.Neo4j.QueryApi;

namespace Prosopograph.Graph.Neo4j.Cypher;

/// <summary>
/// Loads the embedded .cypher files by name (the file name without extension). A missing file fails at type
/// initialisation, so a renamed statement breaks the first test rather than the first request that needs it.
/// </summary>
public static class CypherCatalog
{
    private const string Prefix = "Cypher.";

    public static IReadOnlyCollection<string> Names { get; } =
        typeof(CypherCatalog).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .ToHashSet();

    /// <summary>A read: sent with accessMode Read so a cluster may route it to any member, and safe to retry.</summary>
    public static CypherStatement Read(string name) => new(name, Text(name), AccessMode.Read, Idempotent: true);

    /// <summary>A write that leaves the same graph however often it runs (MERGE, IF NOT EXISTS, stale removal).</summary>
    public static CypherStatement IdempotentWrite(string name) => new(name, Text(name), AccessMode.Write, Idempotent: true);

    public static string Text(string name)
    {
        using var stream = typeof(CypherCatalog).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"No embedded Cypher statement '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
