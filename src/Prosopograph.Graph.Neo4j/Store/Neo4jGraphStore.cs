using Prosopograph.Graph.Hosting;
using Prosopograph.Graph.Neo4j.QueryApi;

namespace Prosopograph.Graph.Neo4j.Store;

/// <summary>
/// Answers every IGraphStore question from Neo4j with the embedded store's semantics (the contract suite runs
/// against both). The corpus model supplies only what is configuration rather than data: the vocabulary and the
/// dataset version. Ordering that Cypher and .NET could disagree on (case-insensitive names, path order) is done here.
/// </summary>
public sealed partial class Neo4jGraphStore(INeo4jQueryRunner runner, CorpusSnapshots snapshots) : IGraphStore
{
    private readonly GraphTypes types = new(snapshots.Current.Vocabulary);

    /// <summary>Runs a read; an outage becomes the exception the API answers with 503 and Retry-After.</summary>
    private async Task<QueryResult> ReadAsync(CypherStatement statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.RunAsync(statement, parameters, cancellationToken);
        }
        catch (Neo4jUnavailableException e)
        {
            // The detail (address, Neo4j's code) stays in the inner exception for the logs, not in the response.
            throw new GraphStoreUnavailableException("The Neo4j graph store cannot answer now; try again shortly.", e.RetryAfter, e);
        }
    }
}
