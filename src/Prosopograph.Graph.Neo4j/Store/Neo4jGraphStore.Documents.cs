using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<DocumentSummary>> GetDocumentsAsync(CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(QueryStatements.Documents, [], cancellationToken);
        return result.Column<DocumentRecord>("document").Select(d => d.ToSummary()).ToList();
    }

    public async Task<DocumentDetail?> FindDocumentAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(QueryStatements.FindDocument, new() { ["id"] = id }, cancellationToken);
        return result.SingleOrDefault<DocumentRecord>("document")?.ToDetail();
    }

    public async Task<IReadOnlyList<MentionView>?> GetMentionsAsync(string documentId, string? entityId, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(QueryStatements.DocumentMentions,
            new() { ["documentId"] = documentId, ["entityId"] = entityId }, cancellationToken);
        return result.Values.Count == 0
            ? null
            : result.Column<List<MentionRecord>>("mentions").Single()
                .Select(m => new MentionView(m.Entity.ToRef(), m.Surface, m.Start, m.End))
                .ToList();
    }
}
