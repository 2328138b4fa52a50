using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Export;
using Prosopograph.Graph.Views;

namespace Prosopograph.Api.Export;

/// <summary>What a format writes: the selected nodes and links as the store exports them, and the same selection as Neo4j rows.</summary>
public sealed class ExportContent(CorpusModel corpus, GraphExport graph, ExportSelection selection)
{
    public string Version => corpus.Version;

    public IReadOnlyDictionary<string, string> Graph => graph.Graph;

    public IEnumerable<ExportNode> Nodes => graph.Nodes.Where(n => selection.EntityIds.Contains(n.Id));

    public IEnumerable<ExportLink> Links => graph.Links.Where(l => selection.RelationIds.Contains(l.Id));

    public Neo4jExportSelection Neo4jRows => new(corpus, selection.EntityIds, selection.RelationIds);
}
