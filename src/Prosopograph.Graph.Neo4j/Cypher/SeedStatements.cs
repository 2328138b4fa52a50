using Prosopograph.Graph.Neo4j.QueryApi;

namespace Prosopograph.Graph.Neo4j.Cypher;

/// <summary>The statements that sync the corpus into Neo4j, in the order they run.</summary>
public static class SeedStatements
{
    /// <summary>
    /// Schema changes, each sent in its own request: Neo4j refuses schema and data writes in one transaction.
    /// Every entity is an :Entity, whose constraint makes ids unique across kinds; the per-kind constraints give
    /// Browser queries such as MATCH (p:Person {id: 'trotsky'}) an index (a test keeps them in step with the vocabulary).
    /// </summary>
    public static IReadOnlyList<CypherStatement> Schema { get; } =
    [
        CypherCatalog.IdempotentWrite("entity-id-unique"),
        CypherCatalog.IdempotentWrite("document-id-unique"),
        CypherCatalog.IdempotentWrite("person-id-unique"),
        CypherCatalog.IdempotentWrite("party-id-unique"),
        CypherCatalog.IdempotentWrite("institution-id-unique"),
        CypherCatalog.IdempotentWrite("state-id-unique"),
        CypherCatalog.IdempotentWrite("event-id-unique"),
        CypherCatalog.IdempotentWrite("work-id-unique"),
        CypherCatalog.IdempotentWrite("group-id-unique"),
        CypherCatalog.IdempotentWrite("place-id-unique"),
        CypherCatalog.IdempotentWrite("doctrine-id-unique"),
        CypherCatalog.IdempotentWrite("position-id-unique"),
        CypherCatalog.IdempotentWrite("entity-names-fulltext"),
        CypherCatalog.IdempotentWrite("entity-search-terms-fulltext"),
        CypherCatalog.IdempotentWrite("await-indexes"),
    ];

    public static CypherStatement MergeDocuments { get; } = CypherCatalog.IdempotentWrite("merge-documents");

    public static CypherStatement MergeEntities { get; } = CypherCatalog.IdempotentWrite("merge-entities");

    public static CypherStatement MergeMentions { get; } = CypherCatalog.IdempotentWrite("merge-mentions");

    public static CypherStatement MergeRelations { get; } = CypherCatalog.IdempotentWrite("merge-relations");

    /// <summary>Relationships before nodes, so that nothing is detached that a later statement would have removed anyway.</summary>
    public static IReadOnlyList<CypherStatement> RemoveStale { get; } =
    [
        CypherCatalog.IdempotentWrite("remove-stale-relations"),
        CypherCatalog.IdempotentWrite("remove-stale-mentions"),
        CypherCatalog.IdempotentWrite("remove-stale-entities"),
        CypherCatalog.IdempotentWrite("remove-stale-documents"),
    ];
}
