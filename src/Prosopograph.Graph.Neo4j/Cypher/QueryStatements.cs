using Prosopograph.Graph.Neo4j.QueryApi;

namespace Prosopograph.Graph.Neo4j.Cypher;

/// <summary>The reads behind each IGraphStore question, named after the .cypher file that holds them.</summary>
public static class QueryStatements
{
    public static CypherStatement Ping { get; } = CypherCatalog.Read("ping");

    public static CypherStatement SearchEntityCandidates { get; } = CypherCatalog.Read("search-entity-candidates");

    public static CypherStatement ListEntities { get; } = CypherCatalog.Read("list-entities");

    public static CypherStatement FindEntity { get; } = CypherCatalog.Read("find-entity");

    public static CypherStatement Relations { get; } = CypherCatalog.Read("relations");

    public static CypherStatement RelationsOfEntity { get; } = CypherCatalog.Read("relations-of-entity");

    public static CypherStatement FindRelation { get; } = CypherCatalog.Read("find-relation");

    public static CypherStatement Neighbourhood { get; } = CypherCatalog.Read("neighbourhood");

    public static CypherStatement ShortestPaths { get; } = CypherCatalog.Read("shortest-paths");

    public static CypherStatement Timeline { get; } = CypherCatalog.Read("timeline");

    public static CypherStatement Documents { get; } = CypherCatalog.Read("documents");

    public static CypherStatement FindDocument { get; } = CypherCatalog.Read("find-document");

    public static CypherStatement DocumentMentions { get; } = CypherCatalog.Read("document-mentions");

    public static CypherStatement Stats { get; } = CypherCatalog.Read("stats");

    public static CypherStatement ExportEntities { get; } = CypherCatalog.Read("export-entities");

    public static CypherStatement ExportRelations { get; } = CypherCatalog.Read("export-relations");
}
