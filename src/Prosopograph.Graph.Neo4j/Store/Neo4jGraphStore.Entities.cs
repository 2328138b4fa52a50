using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Search;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Ranks in the service with the shared <see cref="SearchRanking"/>, as the embedded store does: Cypher has no
    /// edit distance without APOC and Lucene's scoring is not our order. Neo4j's full-text index supplies the
    /// candidates (<see cref="FullTextSearch"/>); a search without text lists every entity of the kind.
    /// </summary>
    public async Task<Page<EntitySummary>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken = default)
    {
        var query = new SearchQuery(search.Text ?? "");
        var result = query.IsEmpty
            ? await ReadAsync(QueryStatements.ListEntities, new() { ["kind"] = search.Kind }, cancellationToken)
            : await ReadAsync(QueryStatements.SearchEntityCandidates, new() { ["query"] = FullTextSearch.Query(query), ["kind"] = search.Kind }, cancellationToken);
        var matches = SearchRanking.Rank(result.Column<EntityRecord>("entity"), search.Text, SearchNames, e => e.Name, e => e.Id);
        var items = matches.Skip(search.Offset).Take(search.Limit).Select(e => e.ToSummary()).ToList();
        return new Page<EntitySummary>(items, matches.Count, search.Limit, search.Offset);
    }

    public async Task<EntityDetail?> FindEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(QueryStatements.FindEntity, new() { ["id"] = id }, cancellationToken);
        if (result.Values.Count == 0)
        {
            return null;
        }

        var entity = result.Column<EntityRecord>("entity").Single();
        var touches = result.Column<List<RelationTouch>>("relations").Single();
        var counts = touches.GroupBy(t => types.ToId(t.Type))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RelationCount(g.Key, g.Count(t => t.Outgoing), g.Count(t => t.Incoming)))
            .ToList();
        var documents = result.Column<List<DocumentCountRecord>>("documents").Single()
            .OrderBy(d => d.DocumentId, StringComparer.Ordinal)
            .Select(d => new DocumentMentionCount(d.DocumentId, d.Title, d.Mentions))
            .ToList();
        return new EntityDetail(entity.Id, entity.Kind, entity.Name, entity.AliasViews(), entity.Notes, counts, documents, entity.ExistenceView());
    }

    /// <summary>The names a search matches, folded as the embedded store folds them (Entity.AllNames, normalised).</summary>
    private static IEnumerable<SearchName> SearchNames(EntityRecord entity) =>
        (entity.Aliases ?? []).Prepend(entity.Name).Distinct(StringComparer.Ordinal)
            .Select(SearchName.Of)
            .Where(n => n.Text.Length > 0)
            .DistinctBy(n => n.Text);
}
