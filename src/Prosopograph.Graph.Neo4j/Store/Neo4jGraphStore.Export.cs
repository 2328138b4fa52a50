using System.Runtime.CompilerServices;
using Prosopograph.Graph.Neo4j.Cypher;
using Prosopograph.Graph.Neo4j.QueryApi;
using Prosopograph.Graph.Queries;
using Prosopograph.Graph.Views;

namespace Prosopograph.Graph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    /// <summary>Rows per export request: a page is all the service holds of an export at any time.</summary>
    public const int ExportPageSize = 2000;

    /// <summary>Node-link JSON for networkx, nodes and links in corpus order like the embedded store's export, read a page at a time.</summary>
    public GraphExport Export(ExportQuery query)
    {
        var relations = new Dictionary<string, object?> { ["asOf"] = query.AsOf, ["includeUndated"] = query.IncludeUndated };
        types.AddCriteria(relations, query.Criteria);
        return new GraphExport(
            Directed: true,
            Multigraph: true,
            Graph: new Dictionary<string, string> { ["name"] = "Prosopograph", ["version"] = snapshots.Current.Version },
            Nodes: PagesAsync(QueryStatements.ExportEntities, [], "entity", (EntityRecord e) => e.Id,
                e => new ExportNode(e.Id, e.Kind, e.Name, e.AliasViews(), e.Notes, e.ExistenceView())),
            Links: PagesAsync(QueryStatements.ExportRelations, relations, "relation", (RelationRecord r) => r.Id,
                r => new ExportLink(r.Id, r.Source.Id, r.Target.Id, types.ToId(r.Type), r.DateView(), r.ValidityView(),
                    new LinkVoice(r.ClaimSource, r.AttributedTo, r.Stance, r.DisputedBy), r.Evidence(), r.Note, r.AttributedToEntity?.ToRef())));
    }

    // Each page starts after the last row of the one before (corpusOrder, then id), so no page repeats or skips a row
    // and none costs more than its size to hold; a short page is the last.
    private async IAsyncEnumerable<TView> PagesAsync<TRecord, TView>(
        CypherStatement statement,
        Dictionary<string, object?> parameters,
        string column,
        Func<TRecord, string> id,
        Func<TRecord, TView> view,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var page = new Dictionary<string, object?>(parameters) { ["afterOrder"] = null, ["afterId"] = null, ["limit"] = ExportPageSize };
        while (true)
        {
            var result = await ReadAsync(statement, page, cancellationToken);
            var records = result.Column<TRecord>(column).ToList();
            foreach (var record in records)
            {
                yield return view(record);
            }

            if (records.Count < ExportPageSize)
            {
                yield break;
            }

            page["afterOrder"] = result.Column<int>("corpusOrder").Last();
            page["afterId"] = id(records[^1]);
        }
    }
}
