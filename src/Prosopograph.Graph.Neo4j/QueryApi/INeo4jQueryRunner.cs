namespace Prosopograph.Graph.Neo4j.QueryApi;

/// <summary>
/// Runs one statement in its own transaction, in the spirit of the official driver's
/// <c>driver.ExecutableQuery(cypher).WithParameters(...).ExecuteAsync()</c>: swapping in the driver later means
/// one new implementation of this interface. Values always travel as parameters, never inside the text.
/// </summary>
public interface INeo4jQueryRunner
{
    /// <exception cref="Neo4jUnavailableException">Neo4j is unreachable, too slow, overloaded or refuses our credentials.</exception>
    /// <exception cref="Neo4jQueryException">Neo4j refused the statement itself.</exception>
    Task<QueryResult> RunAsync(
        CypherStatement statement,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default);
}
