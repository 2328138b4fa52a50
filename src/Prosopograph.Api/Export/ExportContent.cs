using Prosopograph.Corpus.Model;
using Prosopograph.Graph.Neo4j.Export;
using Prosopograph.Graph.Views;

namespace Prosopograph.Api.Export;

/// <summary>
/// What a format writes: the selected nodes and links as the store streams them, and the same selection as Neo4j
/// rows. Every member is a stream read afresh on each enumeration, so a writer holds one item at a time.
/// </summary>
public sealed class ExportContent(CorpusModel corpus, GraphExport graph, ExportSelection selection)
{
    public string Version => corpus.Version;

    public IReadOnlyDictionary<string, string> Graph => graph.Graph;

    public IAsyncEnumerable<ExportNode> Nodes => graph.Nodes.Where(n => selection.HoldsEntity(n.Id));

    public IAsyncEnumerable<ExportLink> Links => graph.Links.Where(l => selection.HoldsRelation(l.Id));

    public Neo4jExportSelection Neo4jRows => new(corpus, selection.HoldsEntity, selection.RelationMatcher(corpus.Vocabulary));
}
